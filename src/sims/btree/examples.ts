import type { Example, Scenario } from '../../engine/types';
import type { BTreeOp } from './types';

/** Keys are integers, so CLRS's letters map to alphabet positions: A = 1, B = 2, …, Z = 26. */
export const letter = (c: string): number => c.charCodeAt(0) - 64;

const inserts = (keys: number[]): BTreeOp[] => keys.map((key) => ({ op: 'insert', key }));
const deletes = (keys: number[]): BTreeOp[] => keys.map((key) => ({ op: 'delete', key }));

/**
 * Insert order that builds CLRS Figure 18.8(a) with t = 3 and preemptive
 * splits (worked out by hand; the unit tests assert the shape): root [P];
 * [C G M] over [A B] [D E F] [J K L] [N O]; [T X] over [Q R S] [U V] [Y Z].
 */
export const FIGURE_18_8_INSERTS = 'ABCDEGJKPFQRXMNOYZTUVSL'.split('').map(letter);
/** The deletes of Figure 18.8 (b)–(f): F (case 1), M (2a), G (2c), D (3b), B (3a). */
export const FIGURE_18_8_DELETES = 'FMGDB'.split('').map(letter);

type Body = Omit<Scenario, 'sim'>;

export const btreeExamples: Example[] = [
  {
    id: 'clrs-18-8',
    title: 'CLRS Figure 18.8 deletes (t = 3)',
    description:
      'Builds the figure’s tree (letters as alphabet positions, A = 1 … Z = 26), then deletes F, M, G, D, B: cases 1, 2a, 2c, 3b and 3a.',
    scenario: {
      params: { order: 6, split: 'preemptive', variant: 'btree' },
      seed: 1,
      ops: [...inserts(FIGURE_18_8_INSERTS), ...deletes(FIGURE_18_8_DELETES)],
    },
  },
  {
    id: 'ascending',
    title: 'Ascending inserts',
    description: 'Keys 1 to 16 in order: every split happens on the right spine and leaves the left nodes half full.',
    scenario: {
      params: { order: 4, split: 'on-overflow', variant: 'btree' },
      seed: 1,
      ops: inserts(Array.from({ length: 16 }, (_, i) => i + 1)),
    },
  },
  {
    id: 'two-three',
    title: '2-3 tree (order 3)',
    description: 'Order 3: every node holds one or two keys. Inserts split, then deletes borrow and merge.',
    scenario: {
      params: { order: 3, split: 'on-overflow', variant: 'btree' },
      seed: 1,
      ops: [...inserts([50, 30, 70, 20, 40, 60, 80, 10, 25, 35, 45]), ...deletes([20, 70, 50, 10])],
    },
  },
  {
    id: 'bplus-range',
    title: 'B+ tree range of leaves',
    description: 'A B+ tree keeps every key in linked leaves: a range scan finds its first leaf, then walks the links.',
    scenario: {
      params: { order: 5, split: 'on-overflow', variant: 'bplus' },
      seed: 1,
      ops: [
        ...inserts([50, 20, 80, 35, 65, 10, 95, 45, 5, 70, 25, 60, 90, 15, 40, 85, 30, 55, 75, 100]),
        { op: 'search', key: 45 },
        { op: 'range', from: 23, to: 62 },
      ],
    },
  },
];

export const btreeDefaultScenario: Body = {
  params: { order: 4, split: 'on-overflow', variant: 'btree' },
  seed: 1,
  ops: inserts([10, 20, 30, 40, 50, 25, 35, 15]),
};
