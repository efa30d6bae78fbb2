/** Types for React's scheduler 0.27 (the package ships none); only what ui/ uses. */
declare module 'scheduler' {
  /** The lowest priority: such a task runs only once every other queued task has run. */
  export const unstable_IdlePriority: number;
  /** Queues `callback` at `priority` in the scheduler React itself uses for renders and effects. */
  export function unstable_scheduleCallback(priority: number, callback: () => void): unknown;
}
