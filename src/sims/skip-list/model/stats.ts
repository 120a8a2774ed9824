import type { TowerNode } from './types';

/** L(n) = log_{1/p} n (Pugh 1990 §3.4): the level where about 1/p nodes are expected. */
export function levelL(n: number, p: number): number {
  return n <= 1 ? 0 : Math.log(n) / Math.log(1 / p);
}

/**
 * Pugh 1990 §3.4 ("Putting our results together"): the expected cost of a
 * search in a list of n elements is at most L(n)/p + 1/(1 − p).
 */
export function expectedSearchBound(n: number, p: number): number {
  return levelL(n, p) / p + 1 / (1 - p);
}

/** How many towers reach at least height k, for k = 1..maxHeight (index k-1). */
export function heightsAtLeast(nodes: readonly TowerNode[]): number[] {
  let top = 0;
  for (const n of nodes) if (n.level > top) top = n.level;
  const exact = new Array<number>(top).fill(0);
  for (const n of nodes) exact[n.level - 1]++;
  const atLeast = new Array<number>(top).fill(0);
  let run = 0;
  for (let k = top; k >= 1; k--) {
    run += exact[k - 1];
    atLeast[k - 1] = run;
  }
  return atLeast;
}

/** Geometric expectation (Pugh §2): the fraction of towers with height ≥ k is p^(k−1) (k ≤ maxLevel). */
export function expectedFractionAtLeast(k: number, p: number, maxLevel: number): number {
  return k > maxLevel ? 0 : Math.pow(p, k - 1);
}
