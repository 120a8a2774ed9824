import type { Example } from '../../engine/types';
import type { HashRingOp } from './types';

const threeCaches: HashRingOp[] = [
  { op: 'addNode', node: 'cache-a' },
  { op: 'addNode', node: 'cache-b' },
  { op: 'addNode', node: 'cache-c' },
  { op: 'addKeys', count: 100 },
];

export const HASH_RING_EXAMPLES: Example[] = [
  {
    id: 'three-caches',
    title: 'Three caches, 100 keys',
    description: 'Three equal caches with 160 ketama points each share 100 keys; look at the spread of the load.',
    scenario: { params: { vnodes: 160, hash: 'ketama' }, seed: 42, ops: threeCaches },
  },
  {
    id: 'add-fourth-cache',
    title: 'Add a fourth cache',
    description: 'cache-d joins: its points appear, then only the keys it now owns move, about a quarter of them.',
    scenario: {
      params: { vnodes: 160, hash: 'ketama' },
      seed: 42,
      ops: [...threeCaches, { op: 'addNode', node: 'cache-d' }],
    },
  },
  {
    id: 'one-vnode-vs-many',
    title: 'One vnode vs many',
    description: 'With one point per cache the arcs, and so the loads, are very uneven; drag Virtual nodes up to even them out.',
    scenario: {
      params: { vnodes: 1, hash: 'murmur3' },
      seed: 7,
      ops: [
        { op: 'addNode', node: 'cache-a' },
        { op: 'addNode', node: 'cache-b' },
        { op: 'addNode', node: 'cache-c' },
        { op: 'addNode', node: 'cache-d' },
        { op: 'addKeys', count: 1000 },
      ],
    },
  },
  {
    id: 'fnv-clumps',
    title: 'FNV-1a clumps',
    description: 'FNV-1a has no finaliser, so point names that differ in one character land close together.',
    scenario: {
      params: { vnodes: 40, hash: 'fnv1a' },
      seed: 7,
      ops: [
        { op: 'addNode', node: 'cache-a' },
        { op: 'addNode', node: 'cache-b' },
        { op: 'addNode', node: 'cache-c' },
        { op: 'addNode', node: 'cache-d' },
        { op: 'addKeys', count: 1000 },
      ],
    },
  },
  {
    id: 'weighted',
    title: 'A bigger cache',
    description: 'cache-big has weight 3, so it gets three times the points and about three times the keys.',
    scenario: {
      params: { vnodes: 160, hash: 'ketama' },
      seed: 3,
      ops: [
        { op: 'addNode', node: 'cache-a' },
        { op: 'addNode', node: 'cache-b' },
        { op: 'addKeys', count: 500 },
        { op: 'addNode', node: 'cache-big', weight: 3 },
      ],
    },
  },
];
