import type { Scenario } from '../../src/engine/types';

/** One model-throughput case: a scenario and how many "ops" it represents (keys, calls, simulated seconds). */
export interface ModelCase {
  sim: string;
  name: string;
  size: number;
  unit: string;
  scenario: Scenario;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The cases of issue 7: sizes 10^3..10^5 where they make sense. */
export function modelCases(): ModelCase[] {
  const cases: ModelCase[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const nodes = range(100).map((i) => ({ op: 'addNode', node: `cache-${i}` }));
    cases.push({
      sim: 'hash-ring',
      name: `100 nodes × 160 vnodes, addKeys ${n}`,
      size: n,
      unit: 'keys',
      scenario: { sim: 'hash-ring', params: { hash: 'ketama', vnodes: 160 }, seed: 1, ops: [...nodes, { op: 'addKeys', count: n }] },
    });
    cases.push({
      sim: 'btree',
      name: `insertMany ${n} random (order 4)`,
      size: n,
      unit: 'keys',
      scenario: { sim: 'btree', params: {}, seed: 1, ops: [{ op: 'insertMany', count: n, pattern: 'random' }] },
    });
    cases.push({
      sim: 'skip-list',
      name: `insertMany ${n}`,
      size: n,
      unit: 'keys',
      scenario: { sim: 'skip-list', params: {}, seed: 1, ops: [{ op: 'insertMany', count: n }] },
    });
  }
  for (const n of [1_000, 5_000]) {
    cases.push({
      sim: 'btree',
      name: `${n} single inserts, every step framed (order 4)`,
      size: n,
      unit: 'keys',
      scenario: { sim: 'btree', params: {}, seed: 1, ops: range(n).map((i) => ({ op: 'insert', key: (i * 7919) % 100_003 })) },
    });
    cases.push({
      sim: 'skip-list',
      name: `${n} single inserts, every step framed`,
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
    [100, 600],
  ] as const) {
    cases.push({
      sim: 'circuit-breaker',
      name: `${rps} rps for ${seconds} s with an outage`,
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
