import type { Scenario } from '../../engine/types';

/**
 * Workloads for `npm run bench` (issue 4): model throughput at 10^5 keys and
 * lists of 1,000 and 10,000 nodes for render timing. Data only; the bench
 * script does the timing.
 */
const params = { p: 0.5, maxLevel: 16, spans: false };

export const skipListBenchCases: { name: string; scenario: Scenario; units: number; unit: string }[] = [
  {
    name: 'skip-list insertMany 100,000 keys',
    scenario: { sim: 'skip-list', params, seed: 1, ops: [{ op: 'insertMany', count: 100_000 }] },
    units: 100_000,
    unit: 'inserts',
  },
  {
    name: 'skip-list insertMany 100,000 keys with spans',
    scenario: { sim: 'skip-list', params: { ...params, spans: true }, seed: 1, ops: [{ op: 'insertMany', count: 100_000 }] },
    units: 100_000,
    unit: 'inserts',
  },
  {
    name: 'skip-list 1,000 framed searches in 100,000 keys',
    scenario: {
      sim: 'skip-list',
      params,
      seed: 1,
      ops: [
        { op: 'insertMany', count: 100_000 },
        ...Array.from({ length: 1000 }, (_, i) => ({ op: 'search', key: (i * 7919) % 1_000_000 })),
      ],
    },
    units: 1000,
    unit: 'searches',
  },
  {
    name: 'skip-list 100 framed inserts into 100,000 keys',
    scenario: {
      sim: 'skip-list',
      params,
      seed: 1,
      ops: [{ op: 'insertMany', count: 100_000 }, ...Array.from({ length: 100 }, (_, i) => ({ op: 'insert', key: 1_000_000 + i * 13 }))],
    },
    units: 100,
    unit: 'inserts',
  },
];

/** Lists to time the view with (render time at 1,000 and 10,000 nodes). */
export const skipListRenderCases: Scenario[] = [1_000, 10_000].map((count) => ({
  sim: 'skip-list',
  params,
  seed: 1,
  ops: [{ op: 'insertMany', count }],
}));
