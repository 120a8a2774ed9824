import { createNode, type SNode, type SkipList } from './structure';
import type { TowerNode } from './types';

/**
 * Bulk insert for insertMany: a skip list's shape depends only on its keys
 * and tower heights, not on the order they arrived in, so instead of n
 * searches through scattered memory we merge the new (key, height) pairs into
 * the sorted node list and relink every level in one left-to-right pass,
 * setting each span to the rank distance (Redis's meaning of a span). The
 * result equals inserting the pairs one by one (tested in bulk.test.ts).
 * Returns the merged, ascending public node list.
 */
export function bulkInsert(list: SkipList, existing: readonly TowerNode[], added: TowerNode[]): TowerNode[] {
  added.sort((a, b) => a.key - b.key);
  // push, not new Array(n): V8 may give a large preallocated array slow dictionary elements.
  const merged: TowerNode[] = [];
  const total = existing.length + added.length;
  let i = 0;
  let j = 0;
  for (let m = 0; m < total; m++) {
    merged.push(j >= added.length || (i < existing.length && existing[i].key < added[j].key) ? existing[i++] : added[j++]);
  }

  const head = list.head;
  head.forward.fill(null);
  head.span.fill(0);
  const last: SNode[] = new Array(list.maxLevel).fill(head);
  const lastRank = new Array<number>(list.maxLevel).fill(0);
  let top = 0;
  for (let r = 1; r <= merged.length; r++) {
    const { key, level } = merged[r - 1];
    const x = createNode(key, level);
    x.level = level;
    for (let l = 0; l < level; l++) {
      last[l].forward[l] = x;
      last[l].span[l] = r - lastRank[l];
      last[l] = x;
      lastRank[l] = r;
    }
    if (level > top) top = level;
  }
  const n = merged.length;
  for (let l = 0; l < top; l++) {
    last[l].forward[l] = null;
    last[l].span[l] = n - lastRank[l];
  }
  list.level = top;
  list.length = n;
  return merged;
}
