import { runBTree } from './model';
import type { BTreeParams } from './types';

/**
 * For `npm run bench` (scripts/bench.ts is the lead's): milliseconds to
 * compute a 10,000-key tree (one insertMany frame, then one search) for a
 * few orders. The render time is measured in the browser by e2e/btree.spec.ts.
 * Uses only what the caller passes as a clock, so the model stays clock-free.
 */
export function benchBTreeCompute(now: () => number, keys = 10_000): { params: BTreeParams; ms: number }[] {
  const out: { params: BTreeParams; ms: number }[] = [];
  for (const order of [3, 4, 8, 16]) {
    for (const variant of ['btree', 'bplus'] as const) {
      const params: BTreeParams = { order, split: 'on-overflow', variant };
      const t0 = now();
      let frames = 0;
      for (const f of runBTree(params, 1, [{ op: 'insertMany', count: keys, pattern: 'random' }, { op: 'search', key: 4242 }])) {
        void f;
        frames++;
      }
      out.push({ params, ms: now() - t0 });
      if (frames < 2) throw new Error('bench: no frames');
    }
  }
  return out;
}
