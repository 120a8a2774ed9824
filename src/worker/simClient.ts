import type { Scenario } from '../engine/types';
import type { Validated } from '../engine/validateScenario';
import { loadDefinition } from '../sims/loadDefinition';
import { createFrameDecoder, type WireMessage } from './frameCodec';
import type { DecodedLink, FromWorker, ToWorker } from './protocol';

export interface SimClient {
  run(scenario: Scenario, onMessage: (msg: FromWorker) => void): number;
  cancel(): void;
  /** The frame the run sent ahead is painted: let the worker send the rest. */
  resume(): void;
  /**
   * Start computing the scenario a link opens before the page asks for it; the
   * page's first run adopts it when it is the same scenario (no-op on the main thread).
   */
  speculate(hash: string): void;
  /**
   * The worker's decoding of a link sent to `speculate` (see DecodedLink):
   * null when this hash was not speculated on, or when the answer is null
   * (not a simulation's link, or the worker failed): decode it yourself then.
   */
  decodedLink(hash: string): Promise<Validated | null> | null;
  /** 'worker' or 'main-thread' (when Worker is unavailable or failed to start). */
  readonly mode: 'worker' | 'main-thread';
}

/**
 * Runs models in a Web Worker; if `Worker` is missing or the worker fails to
 * load, the same code runs on the main thread in slices.
 */
export function createSimClient(): SimClient {
  let runId = 0;
  let listener: ((msg: FromWorker) => void) | null = null;
  let lastScenario: Scenario | null = null;
  let mode: 'worker' | 'main-thread' = 'main-thread';
  let send: (msg: ToWorker) => void;
  // The link sent to `speculate`, and the worker's decoding of it once it arrives.
  let speculated: { hash: string; result: Promise<Validated | null>; settle: (r: Validated | null) => void } | null = null;

  const deliver = (msg: FromWorker): void => {
    if (msg.runId === runId) listener?.(msg);
  };
  const fallBackToMainThread = (): void => {
    mode = 'main-thread';
    speculated?.settle(null);
    // Loaded only when needed: it brings every model onto the main thread.
    const handler = import('./handleMessage').then((m) =>
      m.createMessageHandler(deliver, (id) => loadDefinition(id).catch(() => undefined)),
    );
    send = (msg) => void handler.then((h) => h(msg));
  };

  if (typeof Worker === 'undefined') fallBackToMainThread();
  else {
    try {
      const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
      // One decoder per run: frames share structure with the run's earlier frames.
      let decoding = { runId: -1, decode: createFrameDecoder() };
      worker.onmessage = (e: MessageEvent<WireMessage | DecodedLink>) => {
        const msg = e.data;
        if (msg.type === 'decoded') {
          if (speculated?.hash === msg.hash) speculated.settle(msg.result);
          return;
        }
        if (msg.runId !== runId) return;
        if (decoding.runId !== runId) decoding = { runId, decode: createFrameDecoder() };
        for (const m of decoding.decode(msg)) deliver(m);
      };
      worker.onerror = (e) => {
        // A worker that cannot load (blocked, old browser): fall back and rerun.
        e.preventDefault();
        worker.terminate();
        fallBackToMainThread();
        if (lastScenario) send({ type: 'run', runId, scenario: lastScenario });
      };
      mode = 'worker';
      send = (msg) => worker.postMessage(msg);
    } catch {
      fallBackToMainThread();
    }
  }

  return {
    run(scenario, onMessage) {
      runId++;
      listener = onMessage;
      lastScenario = scenario;
      send({ type: 'run', runId, scenario });
      return runId;
    },
    resume() {
      send({ type: 'resume', runId });
    },
    cancel() {
      send({ type: 'cancel', runId });
      runId++;
      listener = null;
    },
    speculate(hash) {
      if (mode !== 'worker') return;
      let settle: (r: Validated | null) => void = () => {};
      const result = new Promise<Validated | null>((resolve) => (settle = resolve));
      speculated = { hash, result, settle };
      send({ type: 'speculate', hash });
    },
    decodedLink(hash) {
      return speculated?.hash === hash ? speculated.result : null;
    },
    get mode() {
      return mode;
    },
  };
}
