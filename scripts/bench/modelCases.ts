import type { Scenario } from '../../src/engine/types';
import { RING_LIMITS } from '../../src/sims/hash-ring/ops';

/** One model-throughput case: a scenario and how many "ops" it represents (keys, calls, simulated seconds). */
export interface ModelCase {
  sim: string;
  name: string;
  size: number;
  unit: string;
  scenario: Scenario;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * The cases of issue 7: sizes 10^3..10^5 where they make sense, each valid
 * against the simulations' current limits:
 * - hash-ring: issue 7 asks for 100 nodes × 160 vnodes; a scenario may name at
 *   most RING_LIMITS.maxNodes nodes, so this uses min(100, that limit) (64 × 160
 *   = 10,240 points while the limit is 64);
 * - btree: insertMany adds at most 20,000 keys per op (100,000 per scenario)
 *   and a scenario holds at most 2,000 ops, so 10^5 keys = 5 × 20,000 and the
 *   framed single-insert case stops at 2,000;
 * - raft: throughput is simulated seconds per wall second (units/s column),
 *   5 and 9 servers; a run stops at 20,000 frames, which 10 s stays under;
 * - circuit-breaker: 10^3 / 10^4 / 10^5 generated calls (rps ≤ 500, duration ≤ 600 s).
 */
export function modelCases(): ModelCase[] {
  const cases: ModelCase[] = [];
  const nodeCount = Math.min(100, RING_LIMITS.maxNodes);
  const ringNodes = range(nodeCount).map((i) => ({ op: 'addNode', node: `cache-${i}` }));
  for (const n of [1_000, 10_000, 100_000]) {
    cases.push({
      sim: 'hash-ring',
      name: `${nodeCount} nodes × 160 vnodes, addKeys ${n.toLocaleString('en-US')}`,
      size: n,
      unit: 'keys',
      scenario: { sim: 'hash-ring', params: { hash: 'ketama', vnodes: 160 }, seed: 1, ops: [...ringNodes, { op: 'addKeys', count: n }] },
    });
    const bulks = Math.ceil(n / 20_000);
    cases.push({
      sim: 'btree',
      name: bulks > 1 ? `${bulks} × insertMany ${(n / bulks).toLocaleString('en-US')} random (order 4)` : `insertMany ${n.toLocaleString('en-US')} random (order 4)`,
      size: n,
      unit: 'keys',
      scenario: { sim: 'btree', params: {}, seed: 1, ops: range(bulks).map(() => ({ op: 'insertMany', count: n / bulks, pattern: 'random' })) },
    });
    cases.push({
      sim: 'skip-list',
      name: `insertMany ${n.toLocaleString('en-US')}`,
      size: n,
      unit: 'keys',
      scenario: { sim: 'skip-list', params: {}, seed: 1, ops: [{ op: 'insertMany', count: n }] },
    });
  }
  for (const n of [1_000, 2_000]) {
    cases.push({
      sim: 'btree',
      name: `${n.toLocaleString('en-US')} single inserts, every step framed (order 4)`,
      size: n,
      unit: 'keys',
      scenario: { sim: 'btree', params: {}, seed: 1, ops: range(n).map((i) => ({ op: 'insert', key: (i * 7919) % 100_003 })) },
    });
  }
  for (const n of [1_000, 5_000]) {
    cases.push({
      sim: 'skip-list',
      name: `${n.toLocaleString('en-US')} single inserts, every step framed`,
      size: n,
      unit: 'keys',
      scenario: { sim: 'skip-list', params: {}, seed: 1, ops: range(n).map((i) => ({ op: 'insert', key: (i * 7919) % 100_003 })) },
    });
  }
  for (const servers of [5, 9]) {
    cases.push({
      sim: 'raft',
      name: `${servers} servers, 10 simulated s, a request every 100 ms`,
      size: 10,
      unit: 'simulated s',
      scenario: {
        sim: 'raft',
        params: { nodes: servers, duration: 10_000 },
        seed: 1,
        ops: range(90).map((i) => ({ op: 'request', command: `x=${i}`, at: 1000 + i * 100 })),
      },
    });
  }
  for (const [rps, seconds] of [
    [100, 10],
    [100, 100],
    [500, 200],
  ] as const) {
    cases.push({
      sim: 'circuit-breaker',
      name: `${rps} rps × ${seconds} s = ${(rps * seconds).toLocaleString('en-US')} calls, with an outage`,
      size: rps * seconds,
      unit: 'calls',
      scenario: {
        sim: 'circuit-breaker',
        params: { rps, duration: seconds * 1000 },
        seed: 1,
        ops: [
          { op: 'backend', at: (seconds * 1000) / 4, failureRate: 0.9, latencyMs: 50 },
          { op: 'backend', at: (seconds * 1000) / 2, failureRate: 0, latencyMs: 20 },
        ],
      },
    });
  }
  return cases;
}
