/// <reference types="node" />
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runAll } from '../../engine/runScenario';
import { findOwnerPoint, keyHash, nodePointHashes } from './continuum';
import { hashRingSim } from './definition';
import { pointsPerNode } from './pointCount';
import type { HashRingOp, HashRingState, RingPoint } from './types';

/*
 * Independent reference, written from libmemcached's description rather than
 * from the model: node:crypto's MD5, Buffer's little-endian reads and
 * Float32Array for the float arithmetic.
 */
const md5Words = (s: string): number[] => {
  const d = createHash('md5').update(s, 'utf8').digest();
  return [0, 4, 8, 12].map((o) => d.readUInt32LE(o));
};
const toFloat = (x: number): number => new Float32Array([x])[0];
const refCount = (weight: number, total: number, n: number, vnodes: number): number => {
  const pct = toFloat(toFloat(weight) / toFloat(total));
  const x = toFloat(toFloat(toFloat(pct * vnodes) / 4) * n);
  return Math.floor(toFloat(x + 0.0000000001)) * 4;
};
const refContinuum = (nodes: { id: string; weight: number }[], vnodes: number) => {
  const total = nodes.reduce((s, n) => s + n.weight, 0);
  const pts: { hash: number; node: string }[] = [];
  for (const n of nodes) {
    const count = refCount(n.weight, total, nodes.length, vnodes);
    for (let d = 0; d < count / 4; d++) for (const h of md5Words(`${n.id}-${d}`)) pts.push({ hash: h, node: n.id });
  }
  return pts.sort((a, b) => a.hash - b.hash || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
};

function finalState(ops: HashRingOp[], vnodes = 160): HashRingState {
  const frames = runAll(hashRingSim, { sim: 'hash-ring', params: { vnodes, hash: 'ketama' }, seed: 1, ops });
  return frames[frames.length - 1].state as HashRingState;
}

describe('ketama placement (libmemcached continuum)', () => {
  it('point v of cache-a is word v % 4 of MD5("cache-a-" + floor(v / 4)), little-endian', () => {
    // MD5("cache-a-0") = 2aaef102 6980db20 30bc4153 e78fdac7.
    expect(nodePointHashes('ketama', 'cache-a', 4)).toEqual([0x02f1ae2a, 0x20db8069, 0x5341bc30, 0xc7da8fe7]);
    const ref = Array.from({ length: 40 }, (_, d) => md5Words(`cache-a-${d}`)).flat();
    expect(nodePointHashes('ketama', 'cache-a', 160)).toEqual(ref);
  });

  it('a key hashes to the first 4 bytes of MD5(key), little-endian: user:42 → 0x18dfda56', () => {
    expect(keyHash('ketama', 'user:42')).toBe(0x18dfda56);
    for (const k of ['', 'session:1', 'ключ']) expect(keyHash('ketama', k)).toBe(md5Words(k)[0]);
  });

  it('the whole continuum of three equal-weight nodes matches the reference (480 points)', () => {
    const state = finalState(['cache-a', 'cache-b', 'cache-c'].map((node) => ({ op: 'addNode', node })));
    const ref = refContinuum(
      ['cache-a', 'cache-b', 'cache-c'].map((id) => ({ id, weight: 1 })),
      160,
    );
    expect(ref).toHaveLength(480);
    expect(state.points.map((p) => [p.hash, p.node])).toEqual(ref.map((p) => [p.hash, p.node]));
  });

  it('float32 rounding: weights 29, 1, 30 give cache-a 228 points where exact arithmetic gives 232', () => {
    // 29/60 × 160/4 × 3 = 58 exactly, but in float32 it is 57.99999…, so floor gives 57 × 4.
    expect(Math.floor(((29 / 60) * 160 * 3) / 4 + 1e-10) * 4).toBe(232);
    expect(refCount(29, 60, 3, 160)).toBe(228);
    expect(pointsPerNode('ketama', 29, 60, 3, 160)).toBe(228);
    const nodes = [
      { id: 'cache-a', weight: 29 },
      { id: 'cache-b', weight: 1 },
      { id: 'cache-c', weight: 30 },
    ];
    const state = finalState(nodes.map((n) => ({ op: 'addNode', node: n.id, weight: n.weight })));
    expect(state.nodes.map((n) => n.points)).toEqual([228, 8, 240]);
    expect(state.points.map((p) => [p.hash, p.node])).toEqual(refContinuum(nodes, 160).map((p) => [p.hash, p.node]));
  });

  it('equal weights usually give vnodes points, but 25 nodes of weight 1 get 156, not 160', () => {
    expect(pointsPerNode('ketama', 1, 3, 3, 160)).toBe(160);
    expect(pointsPerNode('ketama', 1, 25, 25, 160)).toBe(156);
    for (let n = 1; n <= 64; n++) for (const v of [4, 40, 160, 200, 500]) expect(pointsPerNode('ketama', 1, n, n, v)).toBe(refCount(1, n, n, v));
  });

  it('weighted counts agree with the reference for many weight mixes', () => {
    for (let a = 1; a <= 40; a += 3)
      for (let b = 1; b <= 40; b += 5)
        for (const n of [2, 3, 5]) {
          const total = a + b * (n - 1);
          expect(pointsPerNode('ketama', a, total, n, 160)).toBe(refCount(a, total, n, 160));
        }
  });

  it('murmur3 and fnv1a use the same weight rule without the / 4 and × 4', () => {
    expect(pointsPerNode('murmur3', 1, 3, 3, 160)).toBe(160);
    expect(pointsPerNode('fnv1a', 1, 4, 4, 1)).toBe(1);
    // float32: 1/25 × 160 × 25 = 159.99998…
    expect(pointsPerNode('murmur3', 1, 25, 25, 160)).toBe(159);
  });
});

describe('owner lookup', () => {
  const pts: RingPoint[] = [
    { hash: 100, node: 'a', vnode: 0 },
    { hash: 200, node: 'b', vnode: 0 },
    { hash: 200, node: 'c', vnode: 0 },
    { hash: 300, node: 'a', vnode: 1 },
  ];
  it.each([
    [0, 0, false],
    [100, 0, false],
    [101, 1, false],
    [200, 1, false],
    [201, 3, false],
    [300, 3, false],
    [301, 0, true],
    [0xffffffff, 0, true],
  ])('hash %i goes to point %i (wrapped: %s): the first point ≥ the hash', (h, index, wrapped) => {
    const r = findOwnerPoint(pts, h);
    expect([r.index, r.wrapped]).toEqual([index, wrapped]);
  });
  it('an empty ring has no owner', () => {
    expect(findOwnerPoint([], 5).index).toBe(-1);
  });
});
