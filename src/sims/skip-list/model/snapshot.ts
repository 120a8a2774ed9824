import { splicedCopy, withCopy } from './arrays';
import type { SNode, SkipList } from './structure';
import type { SearchCost, SkipListState, TowerNode } from './types';

/** Walk level i+1 from the head: the keys it links, and the spans of its links (last one to NIL). */
export function walkLevel(list: SkipList, i: number): { keys: number[]; spans: number[] } {
  const keys: number[] = [];
  const spans: number[] = [list.head.span[i]];
  for (let n = list.head.forward[i]; n !== null; n = n.forward[i]) {
    keys.push(n.key);
    spans.push(n.span[i]);
  }
  return { keys, spans };
}

/** A whole new state read off the pointers (bulk ops, tests). */
export function fullState(list: SkipList, spansOn: boolean, lastSearch: SearchCost | null): SkipListState {
  const nodes: TowerNode[] = [];
  if (list.level > 0) for (let n = list.head.forward[0]; n !== null; n = n.forward[0]) nodes.push({ key: n.key, level: n.level });
  const levelKeys: number[][] = [];
  const spans: number[][] = [];
  for (let i = 0; i < list.level; i++) {
    const w = walkLevel(list, i);
    levelKeys.push(w.keys);
    spans.push(w.spans);
  }
  return { nodes, level: list.level, levelKeys, ...(spansOn ? { spans } : {}), lastSearch, n: nodes.length };
}

/**
 * One change on one level (0-based `level`), described by the node whose
 * outgoing link changed (`from`, possibly the head): a node inserted right
 * after it, the node right after it removed, or only its span changed.
 */
export interface LevelEdit {
  level: number;
  from: SNode;
  insert?: SNode;
  remove?: boolean;
}

function positionOf(keys: readonly number[], from: SNode): number {
  if (Number.isNaN(from.key)) return -1;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] === from.key) return mid;
    if (keys[mid] < from.key) lo = mid + 1;
    else hi = mid - 1;
  }
  throw new Error(`publish: ${from.key} is not on the level it should be on`);
}

/**
 * The next state after pointer edits, copying only the level arrays that
 * changed (array copies, not pointer walks: a 100,000-node list stays fast)
 * and sharing the rest with the previous state. Levels above the list's
 * level are dropped.
 */
export function publishEdits(
  list: SkipList,
  prev: SkipListState,
  nodes: readonly TowerNode[],
  edits: readonly LevelEdit[],
  spansOn: boolean,
): SkipListState {
  const levelKeys = prev.levelKeys.slice(0, list.level) as (readonly number[])[];
  const spans = spansOn ? ((prev.spans ?? []).slice(0, list.level) as (readonly number[])[]) : [];
  for (const e of edits) {
    const l = e.level;
    if (l >= list.level) continue;
    if (l >= levelKeys.length) {
      levelKeys[l] = [];
      if (spansOn) spans[l] = [0];
    }
    const keys = levelKeys[l];
    const pos = positionOf(keys, e.from);
    const k = pos + 1; // link k leaves keys[k-1] (the head when k = 0)
    if (e.insert) {
      levelKeys[l] = splicedCopy(keys, pos + 1, 0, e.insert.key);
      if (spansOn) spans[l] = splicedCopy(spans[l], k, 1, e.from.span[l], e.insert.span[l]);
    } else if (e.remove) {
      levelKeys[l] = splicedCopy(keys, pos + 1, 1);
      if (spansOn) spans[l] = splicedCopy(spans[l], k, 2, e.from.span[l]);
    } else if (spansOn) {
      spans[l] = withCopy(spans[l], k, e.from.span[l]);
    }
  }
  return { nodes, level: list.level, levelKeys, ...(spansOn ? { spans } : {}), lastSearch: prev.lastSearch, n: nodes.length };
}
