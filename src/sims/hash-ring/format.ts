/** Small text helpers for captions (and the view). */

import { intText } from './intText';

export function hex32(h: number): string {
  return `0x${h.toString(16).padStart(8, '0')}`;
}

/** Position on the ring as a percentage of the way round from 0. */
export function ringPercent(h: number): string {
  return `${(h / 42949672.96).toFixed(1)}%`;
}

/** 12 → "12%", 12.345 → "12.3%", 0.04 → "0.04%". */
export function percent(fraction: number): string {
  const p = fraction * 100;
  if (Number.isInteger(p)) return `${p}%`;
  if (p > 0 && p < 0.1) return `${Number(p.toPrecision(1))}%`;
  return `${Number(p.toFixed(1))}%`;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** "1/4 = 25%" for weight 1 of 4. */
export function idealText(weight: number, total: number): string {
  const g = gcd(weight, total) || 1;
  return `${weight / g}/${total / g} = ${percent(weight / total)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${intText(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
