import { describe, expect, it } from 'vitest';
import { clonePrng, createPrng, nextFloat, nextInt, nextUint32 } from './prng';

describe('prng', () => {
  it('is a pure function of the seed (same seed, same sequence; state is plain data)', () => {
    const a = createPrng(42);
    const b = JSON.parse(JSON.stringify(createPrng(42)));
    const xs = Array.from({ length: 100 }, () => nextUint32(a));
    const ys = Array.from({ length: 100 }, () => nextUint32(b));
    expect(xs).toEqual(ys);
    expect(xs).not.toEqual(Array.from({ length: 100 }, ((p) => () => nextUint32(p))(createPrng(43))));
  });
  it('keeps its golden first outputs (changing them changes every saved link)', () => {
    const p = createPrng(1);
    expect([nextUint32(p), nextUint32(p), nextUint32(p)]).toMatchInlineSnapshot(`
      [
        1130556604,
        2591592147,
        3014952990,
      ]
    `);
  });
  it('clones independently', () => {
    const a = createPrng(5);
    nextUint32(a);
    const b = clonePrng(a);
    expect(nextUint32(a)).toBe(nextUint32(b));
  });
  it('draws integers in range and floats in [0,1) roughly uniformly (seed 7)', () => {
    const p = createPrng(7);
    const counts = new Array(10).fill(0);
    let outOfRange = 0;
    for (let i = 0; i < 100_000; i++) {
      const k = nextInt(p, 0, 9);
      if (!(k >= 0 && k <= 9 && Number.isInteger(k))) outOfRange++;
      else counts[k]++;
      const f = nextFloat(p);
      if (!(f >= 0 && f < 1)) outOfRange++;
    }
    expect(outOfRange).toBe(0);
    // Each bucket expects 10,000 with sd ≈ 95; 6 sd is a generous bound.
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(570);
  });
});
