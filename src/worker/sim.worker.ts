import { decodePermalink, parseRoute } from '../engine/permalink';
import { findSim } from '../sims/registry';
import { createFrameEncoder, type WireMessage } from './frameCodec';
import { createMessageHandler } from './handleMessage';
import type { DecodedLink, ToWorker } from './protocol';

// The worker is a thin switch: all logic lives in handleMessage/timelineRunner,
// which also run on the main thread when workers are unavailable.
//
// Every model is in this one script (registry.ts), not loaded on demand: the
// worker starts while the page is fetching its own chunks, and a second
// request from the worker would queue behind them (six connections per host
// over HTTP/1.1), which cost a link's first frame 300+ ms.
const scope = self as unknown as {
  postMessage: (msg: WireMessage | DecodedLink) => void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
/**
 * Runs yield between slices with a message to themselves, not setTimeout(0):
 * nested timers are clamped to 4 ms (HTML's timer nesting rule), which a
 * trace showed as 4 ms idle gaps after many of the 12 ms slices.
 */
function messageDefer(): (fn: () => void) => void {
  const queue: (() => void)[] = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn) => {
    queue.push(fn);
    channel.port2.postMessage(null);
  };
}

// Frames share structure with the ones sent before them (frameCodec.ts).
const handle = createMessageHandler(
  createFrameEncoder((msg) => scope.postMessage(msg)),
  findSim,
  // The page's link, decoded exactly as the page decodes it (useScenarioFromLink).
  (hash) => {
    const r = parseRoute(hash).page === 'sim' ? decodePermalink(hash, findSim) : null;
    const decoded: DecodedLink = { type: 'decoded', hash, result: r };
    scope.postMessage(decoded);
    return Promise.resolve(r?.ok ? r.scenario : null);
  },
  messageDefer(),
);
scope.onmessage = (e) => handle(e.data);
