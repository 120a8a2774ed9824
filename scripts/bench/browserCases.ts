import { runScenario } from '../../src/engine/runScenario';
import { validateScenario } from '../../src/engine/validateScenario';
import type { Op, Scenario } from '../../src/engine/types';
import { findSim } from '../../src/sims/registry';

/**
 * Browser cases of issue 7: each simulation at small / medium / large size
 * (≈ 100 / 1,000 / 10,000 elements), plus one 10^5-op (or largest allowed)
 * scenario per simulation that computes in the worker.
 *
 * "Elements" is what the simulation's view has to draw and keep in sync:
 * - hash-ring: keys on the ring (nodes × 160 vnodes of points drawn too:
 *   8 nodes at small, 16 at medium, 64 — the limit — at large);
 * - btree, skip-list: keys in the structure (a bulk insertMany), then single
 *   inserts whose step-by-step frames are what we step through;
 * - raft: log entries summed over the servers (servers × entries); time grows
 *   with them: 3 servers × 3 s, 5 servers × 20 s, 9 servers × 30 s of
 *   simulated time (the view also draws every message in flight and a term
 *   timeline over all frames, which grows with simulated time);
 * - circuit-breaker: generated calls (rps × duration); the view charts the
 *   whole history, one frame per 100 ms tick.
 */
export type Size = 'small' | 'medium' | 'large';

export interface SliderSpec {
  /** The param's label (the param panel's control is found by it). */
  label: string;
  key: string;
  /** Alternated: the scenario starts at values[0]. */
  values: [number, number];
}

export interface BrowserCase {
  sim: string;
  size: Size;
  /** Approximate element count (see above) and what an element is. */
  elements: number;
  what: string;
  scenario: Scenario;
  slider: SliderSpec;
  /** Structure sims: index in `ops` of the bulk op; stepping starts at its frame. */
  bulkOp?: number;
}

export interface ResolvedCase extends BrowserCase {
  /** Frame (0-based) the permalink opens on; stepping and playback start here. */
  startFrame: number;
  frames: number;
  /** Elements in the state at the start frame and at the last frame, counted from the frames. */
  elementsAtStart: number;
  elementsAtEnd: number;
  /** Wall time of the model in Node, ms (for the record only). */
  nodeModelMs: number;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const SLIDERS: Record<string, SliderSpec> = {
  'hash-ring': { label: 'Virtual nodes', key: 'vnodes', values: [160, 164] },
  btree: { label: 'Order', key: 'order', values: [4, 5] },
  'skip-list': { label: 'Probability p', key: 'p', values: [0.5, 0.55] },
  raft: { label: 'Heartbeat interval', key: 'heartbeatInterval', values: [100, 110] },
  'circuit-breaker': { label: 'Failure rate threshold', key: 'failureRateThreshold', values: [50, 51] },
};

/** Keys spread over a big range that insertMany's random keys are unlikely to hit. */
const spread = (i: number) => 1 + ((i * 7_919_993) % 899_999_999);

function hashRing(size: Size): BrowserCase {
  const [keys, nodes, lookups] = size === 'small' ? [100, 8, 120] : size === 'medium' ? [1_000, 16, 120] : [10_000, 64, 45];
  const ops: Op[] = [...range(nodes).map((i) => ({ op: 'addNode', node: `cache-${i}` })), { op: 'addKeys', count: keys }, ...range(lookups).map((i) => ({ op: 'lookup', key: `user:${i * 37}` }))];
  return {
    sim: 'hash-ring',
    size,
    elements: keys,
    what: `keys (${nodes} nodes × 160 vnodes)`,
    scenario: { sim: 'hash-ring', params: {}, seed: 1, ops },
    slider: SLIDERS['hash-ring'],
    bulkOp: nodes,
  };
}

function btree(size: Size): BrowserCase {
  const [keys, inserts] = size === 'small' ? [100, 60] : size === 'medium' ? [1_000, 70] : [10_000, 40];
  const ops: Op[] = [{ op: 'insertMany', count: keys, pattern: 'random' }, ...range(inserts).map((i) => ({ op: 'insert', key: spread(i) }))];
  return { sim: 'btree', size, elements: keys, what: 'keys (order 4)', scenario: { sim: 'btree', params: {}, seed: 1, ops }, slider: SLIDERS.btree, bulkOp: 0 };
}

function skipList(size: Size): BrowserCase {
  const [keys, inserts] = size === 'small' ? [100, 30] : size === 'medium' ? [1_000, 25] : [10_000, 12];
  const ops: Op[] = [{ op: 'insertMany', count: keys }, ...range(inserts).map((i) => ({ op: 'insert', key: spread(i) }))];
  return { sim: 'skip-list', size, elements: keys, what: 'keys', scenario: { sim: 'skip-list', params: {}, seed: 1, ops }, slider: SLIDERS['skip-list'], bulkOp: 0 };
}

function raft(size: Size): BrowserCase {
  // servers × requests ≈ log entries summed over servers. A 100 ms heartbeat
  // keeps the large run (9 servers, 1,000 requests — the op limit) under the
  // model's 20,000-frame cap.
  const [servers, seconds, requests] = size === 'small' ? [3, 3, 33] : size === 'medium' ? [5, 20, 200] : [9, 20, 1_000];
  const last = Math.min(seconds * 1000 - 1500, 600 + requests * 15);
  const ops: Op[] = range(requests).map((i) => ({ op: 'request', command: `x=${i}`, at: 600 + Math.floor((i * (last - 600)) / requests) }));
  return {
    sim: 'raft',
    size,
    elements: servers * requests,
    what: `log entries (${servers} servers × ${requests} requests, ${seconds} simulated s)`,
    scenario: { sim: 'raft', params: { nodes: servers, duration: seconds * 1000, heartbeatInterval: 100 }, seed: 1, ops },
    slider: SLIDERS.raft,
  };
}

function circuitBreaker(size: Size): BrowserCase {
  const [rps, seconds] = size === 'small' ? [8, 15] : size === 'medium' ? [20, 50] : [100, 100];
  const ms = seconds * 1000;
  return {
    sim: 'circuit-breaker',
    size,
    elements: rps * seconds,
    what: `calls (${rps} rps × ${seconds} s)`,
    scenario: {
      sim: 'circuit-breaker',
      params: { rps, duration: ms },
      seed: 7,
      ops: [
        { op: 'backend', at: ms / 4, failureRate: 0.9, latencyMs: 50 },
        { op: 'backend', at: ms / 2, failureRate: 0, latencyMs: 50 },
      ],
    },
    slider: SLIDERS['circuit-breaker'],
  };
}

const BUILDERS: Record<string, (size: Size) => BrowserCase> = {
  'hash-ring': hashRing,
  btree,
  'skip-list': skipList,
  raft,
  'circuit-breaker': circuitBreaker,
};

export const SIZES: readonly Size[] = ['small', 'medium', 'large'];

/** Simulations the browser bench knows how to drive (a new simulation adds a builder here). */
export function browserSims(): string[] {
  return Object.keys(BUILDERS).filter((id) => findSim(id));
}

export function browserCase(sim: string, size: Size): BrowserCase {
  return BUILDERS[sim](size);
}

/**
 * The 10^5-op (or largest allowed) scenario per simulation: computes in the
 * worker while we probe the page's responsiveness.
 */
export function largeCase(sim: string): { sim: string; name: string; scenario: Scenario } {
  switch (sim) {
    case 'hash-ring':
      return {
        sim,
        name: '64 nodes × 160 vnodes, addKeys 100,000',
        scenario: { sim, params: {}, seed: 1, ops: [...range(64).map((i) => ({ op: 'addNode', node: `cache-${i}` })), { op: 'addKeys', count: 100_000 }, { op: 'lookup', key: 'user:42' }] },
      };
    case 'btree':
      return {
        sim,
        name: '5 × insertMany 20,000 (10^5 keys), then 100 inserts',
        scenario: {
          sim,
          params: {},
          seed: 1,
          ops: [...range(5).map(() => ({ op: 'insertMany', count: 20_000, pattern: 'random' })), ...range(100).map((i) => ({ op: 'insert', key: spread(i) }))],
        },
      };
    case 'skip-list':
      return {
        sim,
        name: 'insertMany 100,000, then 100 inserts',
        scenario: { sim, params: {}, seed: 1, ops: [{ op: 'insertMany', count: 100_000 }, ...range(100).map((i) => ({ op: 'insert', key: spread(i) }))] },
      };
    case 'raft':
      return {
        sim,
        name: '9 servers × 60 simulated s, 1,000 requests (stops at the 20,000-frame cap)',
        scenario: { sim, params: { nodes: 9, duration: 60_000 }, seed: 1, ops: range(1000).map((i) => ({ op: 'request', command: `x=${i}`, at: 600 + i * 58 })) },
      };
    case 'circuit-breaker':
      return {
        sim,
        name: '500 rps × 200 s = 10^5 calls, with an outage',
        scenario: {
          sim,
          params: { rps: 500, duration: 200_000 },
          seed: 7,
          ops: [
            { op: 'backend', at: 50_000, failureRate: 0.9, latencyMs: 50 },
            { op: 'backend', at: 100_000, failureRate: 0, latencyMs: 50 },
          ],
        },
      };
    default:
      throw new Error(`no large case for ${sim}`);
  }
}

/**
 * Validate a case and find its start frame by running the model in Node (the
 * same frames the worker will produce).
 */
export function resolveCase(c: BrowserCase, minFramesAfter: number): ResolvedCase {
  const def = findSim(c.sim);
  if (!def) throw new Error(`unknown simulation ${c.sim}`);
  const v = validateScenario(c.scenario, findSim);
  if (!v.ok) throw new Error(`${c.sim} ${c.size}: invalid scenario: ${v.errors.join('; ')}`);
  const t0 = performance.now();
  let frames = 0;
  let bulkFrame = -1;
  const states: unknown[] = [];
  for (const f of runScenario(def, v.scenario)) {
    if (bulkFrame < 0 && c.bulkOp !== undefined && f.op === c.bulkOp) bulkFrame = frames;
    states.push(f.state);
    frames++;
  }
  const nodeModelMs = performance.now() - t0;
  // Structure sims: the bulk op's frame. Time-driven sims: as late as the
  // steps / playback allow, so the state holds (nearly) all its elements.
  let startFrame = c.bulkOp !== undefined ? bulkFrame : frames - 1 - minFramesAfter;
  if (frames - 1 - startFrame < minFramesAfter) startFrame = Math.max(0, frames - 1 - minFramesAfter);
  return { ...c, startFrame, frames, nodeModelMs, elementsAtStart: countElements(c.sim, states[startFrame]), elementsAtEnd: countElements(c.sim, states[frames - 1]) };
}

/** What the view draws, counted in a state (see the comment at the top). */
export function countElements(sim: string, state: unknown): number {
  const s = state as Record<string, unknown>;
  switch (sim) {
    case 'hash-ring':
      return (s.keys as unknown[]).length;
    case 'btree':
      return s.size as number;
    case 'skip-list':
      return (s.nodes as unknown[]).length;
    case 'raft':
      return (s.nodes as { log: unknown[] }[]).reduce((a, n) => a + n.log.length, 0);
    case 'circuit-breaker':
      return (s.totals as { calls: number }).calls;
    default:
      return NaN;
  }
}

export function validateLarge(s: Scenario): string[] {
  const v = validateScenario(s, findSim);
  return v.ok ? [] : v.errors;
}
