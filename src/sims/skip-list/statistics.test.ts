import { beforeAll, describe, expect, it } from 'vitest';
import { heightsAtLeast } from './model/stats';
import { last, runSL } from './testUtil';

/**
 * Pugh 1990 §2: a tower reaches height ≥ k iff its first k−1 coin flips are
 * heads, so with N towers the count X_k of towers of height ≥ k is
 * Binomial(N, q) with q = p^(k−1) (for k ≤ maxLevel), mean Nq and standard
 * deviation σ = √(Nq(1−q)). We accept |X_k − Nq| ≤ 5σ: for a correct model a
 * single k fails with probability ≈ 5.7e-7 (normal tail), so over the ≤ 24
 * checks below a false alarm has probability < 2e-5 (and the seed is fixed,
 * so the test is reproducible). We check every k with Nq ≥ 5, where the
 * normal approximation is reasonable.
 */
const N = 20_000;
const tolerance = (q: number): number => 5 * Math.sqrt(N * q * (1 - q));

function towers(p: number, seed: number): number[] {
  const frames = runSL([{ op: 'insertMany', count: N }], { p, maxLevel: 16 }, seed);
  return heightsAtLeast(last(frames).state.nodes);
}

describe.each([
  { p: 0.5, seed: 20_000 },
  { p: 0.25, seed: 4_242 },
])('tower heights over $N inserts follow p^(k−1) (p = $p, seed $seed)', ({ p, seed }) => {
  let atLeast: number[] = [];
  beforeAll(() => {
    atLeast = towers(p, seed);
  });

  it(`fraction with height ≥ k is within 5σ of p^(k−1) for every k with N·p^(k−1) ≥ 5 (seed ${seed})`, () => {
    expect(atLeast[0]).toBe(N);
    let checked = 0;
    for (let k = 2; N * Math.pow(p, k - 1) >= 5; k++) {
      const q = Math.pow(p, k - 1);
      const observed = atLeast[k - 1] ?? 0;
      expect(Math.abs(observed - N * q), `k = ${k}: observed ${observed}, expected ${N * q} ± ${tolerance(q)}`).toBeLessThanOrEqual(
        tolerance(q),
      );
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(p === 0.5 ? 10 : 5);
  });

  it(`the same tolerance rejects a wrong law: p^k (one level off) and the other p (seed ${seed})`, () => {
    const other = p === 0.5 ? 0.25 : 0.5;
    const q2 = p; // P(height ≥ 2) under the true law
    const wrongShift = p * p;
    const wrongP = other;
    expect(Math.abs(atLeast[1] - N * wrongShift)).toBeGreaterThan(tolerance(wrongShift));
    expect(Math.abs(atLeast[1] - N * wrongP)).toBeGreaterThan(tolerance(wrongP));
    expect(Math.abs(atLeast[1] - N * q2)).toBeLessThanOrEqual(tolerance(q2));
  });
});
