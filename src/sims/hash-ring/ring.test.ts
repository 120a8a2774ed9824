import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePoints } from './continuum';
import { buildContinuum, PointHashCache, type NodeSpec } from './ring';
import type { HashName } from './types';

describe('incremental continuum', () => {
  it('seed 4242: after any joins, leaves and weight changes it equals the full sort, keeping surviving point objects', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<HashName>('ketama', 'murmur3', 'fnv1a'),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), weight: fc.integer({ min: 1, max: 5 }) }), { maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        (hash, vnodes, steps) => {
          const cache = new PointHashCache(hash);
          let prev = buildContinuum(hash, vnodes, [], cache);
          for (const step of steps) {
            const seen = new Set<string>();
            const specs: NodeSpec[] = step.filter((n) => !seen.has(n.id) && seen.add(n.id)).map((n, i) => ({ ...n, color: i }));
            const next = buildContinuum(hash, vnodes, specs, cache, prev);
            const full = buildContinuum(hash, vnodes, specs, new PointHashCache(hash));
            expect(next).toEqual(full);
            for (let i = 1; i < next.length; i++) expect(comparePoints(next[i - 1], next[i])).toBeLessThan(0);
            const before = new Set(prev);
            const survivors = next.filter((p) => prev.some((q) => q.node === p.node && q.vnode === p.vnode));
            for (const p of survivors) expect(before.has(p)).toBe(true);
            prev = next;
          }
        },
      ),
      { seed: 4242, numRuns: 150 },
    );
  });
});
