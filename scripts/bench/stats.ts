/** Small statistics for the bench: medians, nearest-rank percentiles, rounding. */
import type { Stat } from './browserTypes';

export const kB = (bytes: number) => Math.round(bytes / 10) / 100;
export const r1 = (x: number) => Math.round(x * 10) / 10;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}
export function stat(xs: number[]): Stat {
  return { n: xs.length, medianMs: r1(median(xs)), p95Ms: r1(pct(xs, 95)), maxMs: r1(Math.max(...xs)) };
}
export const medianOrNull = (xs: (number | null | undefined)[]) => {
  const v = xs.filter((x): x is number => typeof x === 'number');
  return v.length ? r1(median(v)) : null;
};
