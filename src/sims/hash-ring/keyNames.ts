import { nextInt, type Prng } from '../../engine/prng';

/** Readable key prefixes, like the keys a web cache holds. */
const PREFIXES = ['user', 'session', 'cart', 'order', 'product', 'page', 'img', 'post'] as const;

/** Keys look like `user:4821`: 8 prefixes × 99,999 numbers, far more than the 100,000-key cap. */
export function randomKeyName(prng: Prng): string {
  const prefix = PREFIXES[nextInt(prng, 0, PREFIXES.length - 1)];
  return `${prefix}:${nextInt(prng, 1, 99_999)}`;
}

/** Exactly `count` new distinct names, none already in `taken`; draws again on a collision. */
export function newKeyNames(prng: Prng, count: number, taken: ReadonlySet<string>): string[] {
  const fresh = new Set<string>();
  while (fresh.size < count) {
    const name = randomKeyName(prng);
    if (!taken.has(name)) fresh.add(name);
  }
  return [...fresh];
}
