import type { RingKey } from './types';

const NONE: ReadonlyMap<string, string | null> = new Map();

/**
 * Keys whose owner differs between two key lists, each with its owner in
 * `before` (a key absent from `before` has not changed owner: it is new).
 */
export function ownerChanges(before: readonly RingKey[], after: readonly RingKey[]): ReadonlyMap<string, string | null> {
  if (before === after) return NONE;
  const out = new Map<string, string | null>();
  // Same keys in the same order (the common case: only owners changed): compare by index.
  if (before.length === after.length) {
    let same = true;
    for (let i = 0; i < after.length; i++) {
      if (before[i].key !== after[i].key) {
        same = false;
        break;
      }
      if (before[i].node !== after[i].node) out.set(after[i].key, before[i].node);
    }
    if (same) return out.size ? out : NONE;
    out.clear();
  }
  const was = new Map(before.map((k) => [k.key, k.node]));
  for (const k of after) {
    const w = was.get(k.key);
    if (w !== undefined && w !== k.node) out.set(k.key, w);
  }
  return out.size ? out : NONE;
}
