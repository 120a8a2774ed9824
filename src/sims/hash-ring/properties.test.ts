import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNondeterministicRun } from '../../engine/determinism';
import { createPrng, nextInt } from '../../engine/prng';
import { hashRingSim } from './definition';
import { hashRingInvariants } from './invariants';
import { runRing } from './testing';
import type { HashName, HashRingOp, HashRingParams } from './types';

const NODE_NAMES = ['cache-a', 'cache-b', 'cache-c', 'cache-d', 'cache-e', 'x', 'ключ'];
const KEY_NAMES = ['user:1', 'user:2', 'cart:9', 'k', 'ü', 'img:77'];

const opArb: fc.Arbitrary<HashRingOp> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('addNode' as const), node: fc.constantFrom(...NODE_NAMES), weight: fc.integer({ min: 1, max: 6 }) }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('removeNode' as const), node: fc.constantFrom(...NODE_NAMES) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('addKey' as const), key: fc.constantFrom(...KEY_NAMES) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('removeKey' as const), key: fc.constantFrom(...KEY_NAMES) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('addKeys' as const), count: fc.integer({ min: 1, max: 60 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('lookup' as const), key: fc.constantFrom(...KEY_NAMES) }), weight: 1 },
);

const paramsArb: fc.Arbitrary<{ hash: HashName; vnodes: number }> = fc.oneof(
  fc.record({ hash: fc.constant('ketama' as const), vnodes: fc.integer({ min: 1, max: 12 }).map((q) => q * 4) }),
  fc.record({ hash: fc.constantFrom('murmur3' as const, 'fnv1a' as const), vnodes: fc.integer({ min: 1, max: 40 }) }),
);

describe('ring invariants', () => {
  it.each([42, 7])('hold after every frame of random scenarios (seed %i)', (seed) => {
    fc.assert(
      fc.property(paramsArb, fc.array(opArb, { maxLength: 30 }), fc.nat(), (params, ops, scenarioSeed) => {
        for (const f of runRing(ops, params, scenarioSeed)) {
          expect(hashRingInvariants(f.state, params as HashRingParams), `${f.i}: ${f.caption}`).toEqual([]);
        }
      }),
      { seed, numRuns: 120 },
    );
  });

  it('catch a broken state: unsorted points, wrong owner, wrong point count', () => {
    const params: HashRingParams = { hash: 'ketama', vnodes: 8 };
    const frames = runRing(
      [
        { op: 'addNode', node: 'a' },
        { op: 'addNode', node: 'b' },
        { op: 'addKeys', count: 20 },
      ],
      params,
    );
    const s = frames[frames.length - 1].state;
    expect(hashRingInvariants(s, params)).toEqual([]);
    const swapped = [...s.points];
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(hashRingInvariants({ ...s, points: swapped }, params).join()).toMatch(/Points are not sorted/);
    const k = s.keys[0];
    const wrong = { ...k, node: k.node === 'a' ? 'b' : 'a' };
    expect(hashRingInvariants({ ...s, keys: [wrong, ...s.keys.slice(1)] }, params).join()).toMatch(/first point clockwise/);
    expect(hashRingInvariants({ ...s, points: s.points.filter((p) => !(p.node === 'a' && p.vnode === 7)) }, params).join()).toMatch(
      /a has 7 points; the weight rule gives 8/,
    );
    expect(hashRingInvariants(s, { hash: 'ketama', vnodes: 12 }).join()).toMatch(/the weight rule gives 12/);
  });
});

/** An op list from a seeded generator: nodes join and leave, keys come and go, lookups. */
function seededOps(seed: number, count: number): HashRingOp[] {
  const p = createPrng(seed);
  const ops: HashRingOp[] = [];
  for (let i = 0; i < count; i++) {
    const r = nextInt(p, 0, 99);
    const node = `cache-${nextInt(p, 0, 11)}`;
    const key = `user:${nextInt(p, 0, 300)}`;
    if (r < 12) ops.push({ op: 'addNode', node, weight: nextInt(p, 1, 4) });
    else if (r < 20) ops.push({ op: 'removeNode', node });
    else if (r < 55) ops.push({ op: 'addKey', key });
    else if (r < 75) ops.push({ op: 'removeKey', key });
    else if (r < 80) ops.push({ op: 'addKeys', count: nextInt(p, 1, 30) });
    else ops.push({ op: 'lookup', key });
  }
  return ops;
}

describe('determinism', () => {
  it('a 1,000-op scenario gives byte-identical frames on every run', () => {
    const scenario = { sim: 'hash-ring', params: { hash: 'ketama', vnodes: 40 }, seed: 2024, ops: seededOps(11, 1000) };
    expect(firstNondeterministicRun(hashRingSim, scenario, 2)).toBe(-1);
  });

  it.each(['murmur3', 'fnv1a'])('%s too (300 ops)', (hash) => {
    const scenario = { sim: 'hash-ring', params: { hash, vnodes: 40 }, seed: 5, ops: seededOps(12, 300) };
    expect(firstNondeterministicRun(hashRingSim, scenario, 2)).toBe(-1);
  });
});
