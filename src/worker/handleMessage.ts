import type { AnySimDefinition, Scenario } from '../engine/types';
import type { FromWorker, ToWorker } from './protocol';
import { startTimelineRun, type RunHandle } from './timelineRunner';

type FindSim = (id: string) => AnySimDefinition | undefined | Promise<AnySimDefinition | undefined>;

/** The scenario a link opens, or null when it does not open one (decoded as the page does). */
export type DecodeLink = (hash: string) => Promise<Scenario | null>;

/** Runs are the same when their scenarios are, whatever frame each link shows. */
export function runKey(s: Scenario): string {
  return JSON.stringify({ ...s, frame: undefined });
}

/**
 * A run started from the page's link before the page has asked for it
 * (issue 7: permalink → painted). Its messages wait here until the page's
 * first `run` names the same scenario, which then adopts it under its own
 * run id; any other run discards it.
 */
interface Speculation {
  /** Resolves to the run's key once it has started, or null when the link opens no run. */
  started: Promise<string | null>;
  handle: RunHandle | null;
  held: FromWorker[];
  adoptedAs: number | null;
  dead: boolean;
}

/**
 * The worker's message switch, separated from `self` so tests can drive it.
 * One run at a time: a new run cancels the previous one.
 */
export function createMessageHandler(
  post: (msg: FromWorker) => void,
  findSim: FindSim,
  decodeLink?: DecodeLink,
  /** How a run yields between slices (timelineRunner's default: setTimeout). */
  defer?: (fn: () => void) => void,
): (msg: ToWorker) => void {
  let current: { runId: number; handle: RunHandle } | null = null;
  let speculation: Speculation | null = null;

  const findAsync = (id: string): Promise<AnySimDefinition | undefined> => Promise.resolve(findSim(id)).catch(() => undefined);

  const startRun = (runId: number, scenario: Scenario): void => {
    const start = (def: AnySimDefinition | undefined): void => {
      if (current?.runId !== runId) return; // superseded while loading
      if (!def) {
        post({ type: 'error', runId, op: null, message: `unknown simulation "${scenario.sim}"`, total: 0 });
        current = null;
        return;
      }
      current = { runId, handle: startTimelineRun(runId, def, scenario, post, defer) };
    };
    const found = findSim(scenario.sim);
    if (found instanceof Promise) found.then(start, () => start(undefined));
    else start(found);
  };

  const speculate = (hash: string): void => {
    if (!decodeLink) return;
    const s: Speculation = { started: Promise.resolve(null), handle: null, held: [], adoptedAs: null, dead: false };
    const emit = (m: FromWorker): void => {
      if (s.adoptedAs === null) s.held.push(m);
      else post({ ...m, runId: s.adoptedAs });
    };
    s.started = decodeLink(hash)
      .then(async (scenario) => {
        const def = scenario && !s.dead ? await findAsync(scenario.sim) : undefined;
        if (!scenario || !def || s.dead) return null;
        s.handle = startTimelineRun(0, def, scenario, emit, defer);
        return runKey(scenario);
      })
      .catch(() => null);
    speculation = s;
  };

  const discard = (s: Speculation): void => {
    s.dead = true;
    s.handle?.cancel();
    s.held = [];
  };

  return (msg) => {
    switch (msg.type) {
      case 'speculate':
        if (speculation) discard(speculation);
        speculate(msg.hash);
        break;
      case 'run': {
        current?.handle.cancel();
        const runId = msg.runId;
        const s = speculation;
        speculation = null; // only the first run after a speculation may adopt it
        current = { runId, handle: { cancel: () => (s ? discard(s) : undefined), resume: () => s?.handle?.resume() } };
        if (!s) {
          startRun(runId, msg.scenario);
          break;
        }
        void s.started.then((key) => {
          if (current?.runId !== runId) return discard(s); // superseded while the speculation started
          if (key === null || key !== runKey(msg.scenario)) {
            discard(s);
            startRun(runId, msg.scenario);
            return;
          }
          s.adoptedAs = runId;
          for (const m of s.held.splice(0)) post({ ...m, runId });
          current = { runId, handle: { cancel: () => discard(s), resume: () => s.handle?.resume() } };
        });
        break;
      }
      case 'resume':
        if (current?.runId === msg.runId) current.handle.resume();
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
