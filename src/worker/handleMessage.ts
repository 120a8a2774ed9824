import type { FromWorker, ToWorker } from './protocol';
import { startTimelineRun, type RunHandle } from './timelineRunner';

/**
 * The worker's message switch, separated from `self` so tests can drive it.
 * One run at a time: a new run cancels the previous one.
 */
export function createMessageHandler(post: (msg: FromWorker) => void): (msg: ToWorker) => void {
  let current: { runId: number; handle: RunHandle } | null = null;
  return (msg) => {
    switch (msg.type) {
      case 'run':
        current?.handle.cancel();
        current = { runId: msg.runId, handle: startTimelineRun(msg.runId, msg.scenario, post) };
        break;
      case 'cancel':
        if (current?.runId === msg.runId) {
          current.handle.cancel();
          current = null;
        }
        break;
    }
  };
}
