import { decodePermalink, parseRoute } from '../engine/permalink';
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
const find = (id: string) => loadDefinition(id).catch(() => undefined);
// Frames share structure with the ones sent before them (frameCodec.ts).
const handle = createMessageHandler(
  createFrameEncoder((msg) => scope.postMessage(msg)),
  find,
  // The page's link, decoded exactly as the page decodes it (useScenarioFromLink).
  async (hash) => {
    const route = parseRoute(hash);
    if (route.page !== 'sim') return null;
    const def = await find(route.sim);
    if (!def) return null;
    const r = decodePermalink(hash || `#/${def.id}`, (id) => (id === def.id ? def : undefined));
    return r.ok ? r.scenario : null;
  },
);
scope.onmessage = (e) => handle(e.data);
