/**
 * Stands in for `react-devtools-core` in the bundled app (Ink loads it only when DEV=true, for
 * React DevTools, a development aid this tool does not ship).
 */
const devtools = {
  /** Does nothing: no DevTools in the shipped app. */
  initialize(): void {},
  /** Does nothing: no DevTools in the shipped app. */
  connectToDevTools(): void {},
};
export default devtools;
