import type { AnySimDefinition } from '../engine/types';
import { findSim as registryFind } from '../sims/registry';
import type { FromWorker, ToWorker } from './protocol';
import { startTimelineRun, type RunHandle } from './timelineRunner';

/**
 * The worker's message switch, separated from `self` so tests can drive it.
 * One run at a time: a new run cancels the previous one.
 */
export function createMessageHandler(
  post: (msg: FromWorker) => void,
  findSim: (id: string) => AnySimDefinition | undefined = registryFind,
): (msg: ToWorker) => void {
  let current: { runId: number; handle: RunHandle } | null = null;
  return (msg) => {
    switch (msg.type) {
      case 'run': {
        current?.handle.cancel();
        current = null;
        const def = findSim(msg.scenario.sim);
        if (!def) {
          post({ type: 'error', runId: msg.runId, op: null, message: `unknown simulation "${msg.scenario.sim}"`, total: 0 });
          break;
        }
        current = { runId: msg.runId, handle: startTimelineRun(msg.runId, def, msg.scenario, post) };
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
