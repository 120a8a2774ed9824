import { loadDefinition } from '../sims/loadDefinition';
import { createMessageHandler } from './handleMessage';
import type { FromWorker, ToWorker } from './protocol';

// The worker is a thin switch: all logic lives in handleMessage/timelineRunner,
// which also run on the main thread when workers are unavailable.
const scope = self as unknown as {
  postMessage: (msg: FromWorker) => void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
const handle = createMessageHandler(
  (msg) => scope.postMessage(msg),
  (id) => loadDefinition(id).catch(() => undefined),
);
scope.onmessage = (e) => handle(e.data);
