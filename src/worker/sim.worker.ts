import { loadDefinition } from '../sims/loadDefinition';
import { createFrameEncoder, type WireMessage } from './frameCodec';
import { createMessageHandler } from './handleMessage';
import type { ToWorker } from './protocol';

// The worker is a thin switch: all logic lives in handleMessage/timelineRunner,
// which also run on the main thread when workers are unavailable.
const scope = self as unknown as {
  postMessage: (msg: WireMessage) => void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
// Frames share structure with the ones sent before them (frameCodec.ts).
const handle = createMessageHandler(
  createFrameEncoder((msg) => scope.postMessage(msg)),
  (id) => loadDefinition(id).catch(() => undefined),
);
scope.onmessage = (e) => handle(e.data);
