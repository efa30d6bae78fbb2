import { useCallback, useEffect, useRef, useState } from 'react';
import type { GroupSettings, RunGroupController } from '../../runs/run-group.js';
import type { RunSpec, RunView } from '../../runs/run-view.js';
import { VIEW_INTERVAL_MILLISECONDS } from '../../runs/run-view.js';
import { speedLevels, DEFAULT_SPEED_INDEX } from '../state/dashboard-state.js';
import { useUi } from '../ui-context.js';

/** What a dashboard draws from its group: the latest views, a failure, and the controller's settings. */
export type GroupStatus = {
  readonly views: readonly (RunView | undefined)[];
  readonly failure: string | undefined;
  readonly settings: GroupSettings;
};

const statusOf = (group: RunGroupController): GroupStatus => ({ views: group.views(), failure: group.failure(), settings: group.settings() });

const isSame = (shown: GroupStatus, next: GroupStatus): boolean =>
  shown.failure === next.failure &&
  shown.settings === next.settings &&
  shown.views.length === next.views.length &&
  shown.views.every((view, index) => view?.version === next.views[index]?.version && view?.index === next.views[index]?.index);

/**
 * Runs `specs` as a group outside React (in this thread or over workers, as the UiContext says),
 * made once for the component's life and stopped when it goes. Returns the controller, for key
 * handlers to call, and its status, pulled about 10 times a second: one setState per change,
 * never one per training step. `refresh` pulls at once (after a key, so pause shows now).
 */
export function useRunGroup(specs: readonly RunSpec[]): { readonly group: RunGroupController; readonly status: GroupStatus; readonly refresh: () => void } {
  const { createGroup } = useUi();
  const groupReference = useRef<RunGroupController | undefined>(undefined);
  if (!groupReference.current) groupReference.current = createGroup(specs, speedLevels[DEFAULT_SPEED_INDEX]);
  const group = groupReference.current;
  const [status, setStatus] = useState<GroupStatus>(() => statusOf(group));
  const refresh = useCallback(() => {
    const next = statusOf(group);
    setStatus((shown) => (isSame(shown, next) ? shown : next));
  }, [group]);

  useEffect(() => {
    group.start();
    const poll = setInterval(refresh, VIEW_INTERVAL_MILLISECONDS);
    return () => {
      clearInterval(poll);
      group.stop();
    };
  }, [group, refresh]);

  return { group, status, refresh };
}
