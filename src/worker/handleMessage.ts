import type { AnySimDefinition } from '../engine/types';
import type { FromWorker, ToWorker } from './protocol';
import { startTimelineRun, type RunHandle } from './timelineRunner';

/**
 * The worker's message switch, separated from `self` so tests can drive it.
 * One run at a time: a new run cancels the previous one.
 */
export function createMessageHandler(
  post: (msg: FromWorker) => void,
  findSim: (id: string) => AnySimDefinition | undefined | Promise<AnySimDefinition | undefined>,
): (msg: ToWorker) => void {
  let current: { runId: number; handle: RunHandle } | null = null;
  return (msg) => {
    switch (msg.type) {
      case 'run': {
        current?.handle.cancel();
        const runId = msg.runId;
        current = { runId, handle: { cancel: () => undefined } };
        const start = (def: AnySimDefinition | undefined): void => {
          if (current?.runId !== runId) return; // superseded while loading
          if (!def) {
            post({ type: 'error', runId, op: null, message: `unknown simulation "${msg.scenario.sim}"`, total: 0 });
            current = null;
            return;
          }
          current = { runId, handle: startTimelineRun(runId, def, msg.scenario, post) };
        };
        const found = findSim(msg.scenario.sim);
        if (found instanceof Promise) found.then(start, () => start(undefined));
        else start(found);
        break;
      }
      case 'preload': {
        const found = findSim(msg.sim);
        if (found instanceof Promise) found.catch(() => undefined);
        break;
      }
      case 'cancel':
        if (current?.runId === msg.runId) {
          current.handle.cancel();
          current = null;
        }
        break;
    }
  };
}
