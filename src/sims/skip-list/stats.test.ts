import { describe, expect, it } from 'vitest';
import { expectedFractionAtLeast, expectedSearchBound, heightsAtLeast, levelL } from './model/stats';

describe("Pugh's search bound and the tower histogram", () => {
  it('L(n) = log_{1/p} n', () => {
    expect(levelL(16, 0.5)).toBeCloseTo(4, 12);
    expect(levelL(1024, 0.25)).toBeCloseTo(5, 12);
    expect(levelL(1, 0.5)).toBe(0);
  });

  it('bound L(n)/p + 1/(1−p): 10 for n = 16, p = 1/2; 24 for n = 1024, p = 1/4 (= 5/0.25 + 4/3 ≈ 21.33)', () => {
    expect(expectedSearchBound(16, 0.5)).toBeCloseTo(4 / 0.5 + 2, 12);
    expect(expectedSearchBound(1024, 0.25)).toBeCloseTo(20 + 4 / 3, 12);
  });

  it('counts towers of height ≥ k', () => {
    const nodes = [1, 2, 1, 3, 1, 2, 1, 4].map((level, key) => ({
      key,
      level,
    }));
    expect(heightsAtLeast(nodes)).toEqual([8, 4, 2, 1]);
    expect(heightsAtLeast([])).toEqual([]);
  });

  it('expects p^(k−1), and nothing above maxLevel', () => {
    expect(expectedFractionAtLeast(1, 0.5, 16)).toBe(1);
    expect(expectedFractionAtLeast(3, 0.25, 16)).toBe(0.0625);
    expect(expectedFractionAtLeast(17, 0.5, 16)).toBe(0);
  });
});
