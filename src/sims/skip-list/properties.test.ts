import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Op } from '../../engine/types';
import { skipListInvariants } from './invariants';
import type { SkipListParams } from './model/types';
import { runSL } from './testUtil';

const KEYS = fc.integer({ min: 0, max: 40 });

const paramsArb = fc.record({
  p: fc.constantFrom(0.25, 0.5, 0.75, 0.95),
  maxLevel: fc.integer({ min: 1, max: 6 }),
  spans: fc.boolean(),
});

function opArb(params: SkipListParams): fc.Arbitrary<Op> {
  const base: fc.Arbitrary<Op>[] = [
    KEYS.map((key) => ({ op: 'insert', key })),
    fc.tuple(KEYS, fc.integer({ min: 1, max: params.maxLevel })).map(([key, level]) => ({ op: 'insert', key, level })),
    KEYS.map((key) => ({ op: 'delete', key })),
    KEYS.map((key) => ({ op: 'search', key })),
    fc.integer({ min: 1, max: 12 }).map((count) => ({ op: 'insertMany', count })),
  ];
  if (params.spans) {
    base.push(KEYS.map((key) => ({ op: 'rank', key })));
    base.push(fc.integer({ min: 1, max: 60 }).map((rank) => ({ op: 'byRank', rank })));
  }
  return fc.oneof(...base);
}

const scenarioArb = paramsArb.chain((params) =>
  fc.record({
    params: fc.constant(params),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    ops: fc.array(opArb(params), { minLength: 1, maxLength: 24 }),
  }),
);

describe('skip list under random op sequences', () => {
  it('keeps every invariant after every frame and agrees with a plain sorted set (seed 42, 1,200 sequences)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ params, seed, ops }) => {
        const frames = runSL(ops, params, seed);
        for (const f of frames) {
          const bad = skipListInvariants(f.state, params);
          if (bad.length) throw new Error(`frame ${f.i} (${f.caption}): ${bad.join(' ')}`);
        }
        // Reference: a sorted set of keys, op by op.
        const ref = new Set<number>();
        let levelsBefore = new Map<number, number>();
        for (let k = 0; k < ops.length; k++) {
          const op = ops[k] as Op & {
            key?: number;
            rank?: number;
            level?: number;
          };
          const fs = frames.filter((f) => f.op === k);
          expect(fs.length).toBeGreaterThan(0);
          const end = fs[fs.length - 1];
          const keys = end.state.nodes.map((n) => n.key);
          if (op.op === 'insert') {
            const had = ref.has(op.key!);
            ref.add(op.key!);
            if (!had && op.level !== undefined) expect(end.state.nodes.find((n) => n.key === op.key)?.level).toBe(op.level);
            if (had) expect(end.caption).toContain('already in the list');
          } else if (op.op === 'delete') {
            const had = ref.delete(op.key!);
            if (!had) expect(end.caption).toContain('nothing to delete');
          } else if (op.op === 'insertMany') {
            for (const key of keys) ref.add(key);
            expect(end.state.n).toBe(levelsBefore.size + (op as unknown as { count: number }).count);
            expect(fs.length).toBe(1);
          } else if (op.op === 'search') {
            expect(end.state.lastSearch?.found).toBe(ref.has(op.key!));
            expect(end.highlight?.found).toBe(ref.has(op.key!) ? op.key : undefined);
          } else if (op.op === 'rank') {
            // Redis zslGetRank: 1-based rank from the spans on the path, 0 when absent.
            const idx = keys.indexOf(op.key!);
            expect(end.highlight?.rank).toBe(idx + 1);
          } else if (op.op === 'byRank') {
            expect(end.highlight?.found).toBe(op.rank! <= keys.length ? keys[op.rank! - 1] : undefined);
          }
          expect(keys).toEqual([...ref].sort((a, b) => a - b));
          // Towers never change height outside their own insert/delete.
          for (const n of end.state.nodes) {
            const before = levelsBefore.get(n.key);
            if (before !== undefined) expect(n.level).toBe(before);
          }
          levelsBefore = new Map(end.state.nodes.map((n) => [n.key, n.level]));
        }
      }),
      { seed: 42, numRuns: 1200 },
    );
  });

  it('search frames only ever move right along a level or down one level (seed 7, 300 sequences)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 3000 }),
        (seed, count, key) => {
          const frames = runSL(
            [
              { op: 'insertMany', count },
              { op: 'search', key },
            ],
            {},
            seed,
          );
          const path = frames[frames.length - 1].highlight?.path ?? [];
          for (let i = 1; i < path.length; i++) {
            const a = path[i - 1];
            const b = path[i];
            const right = b.level === a.level && (a.key === null || (b.key !== null && b.key > a.key));
            const down = b.key === a.key && b.level === a.level - 1;
            expect(right || down).toBe(true);
          }
          const comparisons = frames[frames.length - 1].state.lastSearch?.comparisons ?? 0;
          expect(comparisons).toBeGreaterThan(0);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
