import type { Example } from '../../engine/types';

/** Pugh 1990 Figure 1 keys. */
const FIGURE_1_KEYS = [3, 6, 7, 9, 12, 17, 19, 21, 25, 26];

const inserts = (keys: number[]) => keys.map((key) => ({ op: 'insert', key }));

export const skipListExamples: Example[] = [
  {
    id: 'build-by-coin-flips',
    title: 'Build by coin flips',
    description: "Insert Pugh's Figure 1 keys one by one: every tower grows while the coin comes up heads.",
    scenario: {
      params: { p: 0.5, maxLevel: 16, spans: false },
      seed: 7,
      ops: inserts(FIGURE_1_KEYS),
    },
  },
  {
    id: 'search-for-57',
    title: 'Search for 57',
    description: 'A search moves right while the next key is smaller and down otherwise, skipping most of the list.',
    scenario: {
      params: { p: 0.5, maxLevel: 16, spans: false },
      seed: 47,
      ops: [...inserts([5, 12, 19, 23, 30, 34, 41, 46, 50, 57, 63, 70, 78, 85, 91, 99]), { op: 'search', key: 57 }],
    },
  },
  {
    id: 'p-quarter-like-redis',
    title: 'p = 0.25 like Redis',
    description: "Redis's sorted sets use p = 1/4, maxLevel 32 and a span on every link: flatter towers, and ranks in O(log n).",
    scenario: {
      params: { p: 0.25, maxLevel: 32, spans: true },
      seed: 11,
      ops: [
        { op: 'insertMany', count: 20 },
        { op: 'insert', key: 57 },
        { op: 'rank', key: 57 },
        { op: 'byRank', rank: 10 },
        { op: 'search', key: 57 },
      ],
    },
  },
  {
    id: 'unlucky-towers',
    title: 'Unlucky towers (a degenerate list)',
    description: 'If every coin comes up tails, every tower has level 1: the skip list is a plain linked list and a search walks it all.',
    scenario: {
      params: { p: 0.5, maxLevel: 16, spans: false },
      seed: 1,
      ops: [
        ...[4, 8, 15, 16, 23, 42, 47, 51, 60, 66, 73, 80].map((key) => ({
          op: 'insert',
          key,
          level: 1,
        })),
        { op: 'search', key: 80 },
      ],
    },
  },
];
