import type { SkipList } from './structure';
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

/** A whole new state from the pointers (bulk ops, tests). */
export function fullState(list: SkipList, spansOn: boolean, lastSearch: SearchCost | null): SkipListState {
  const nodes: TowerNode[] = [];
  for (let n = list.head.forward[0] ?? null; n !== null && list.level > 0; n = n.forward[0]) nodes.push({ key: n.key, level: n.level });
  const levelKeys: number[][] = [];
  const spans: number[][] = [];
  for (let i = 0; i < list.level; i++) {
    const w = walkLevel(list, i);
    levelKeys.push(w.keys);
    spans.push(w.spans);
  }
  return {
    nodes,
    level: list.level,
    levelKeys,
    ...(spansOn ? { spans } : {}),
    lastSearch,
    n: nodes.length,
  };
}

/**
 * The next state after a change, sharing what did not change: `nodes` is
 * given (the caller splices one entry), and only the levels listed in
 * `keysDirty` / `spansDirty` ('all' = every level) are walked again.
 */
export function republish(
  list: SkipList,
  prev: SkipListState,
  nodes: readonly TowerNode[],
  keysDirty: readonly number[] | 'all',
  spansDirty: readonly number[] | 'all',
  spansOn: boolean,
): SkipListState {
  const levelKeys: (readonly number[])[] = [];
  const spans: (readonly number[])[] = [];
  for (let i = 0; i < list.level; i++) {
    const known = i < prev.levelKeys.length;
    const keysStale = !known || keysDirty === 'all' || keysDirty.includes(i);
    const spansStale = spansOn && (!known || spansDirty === 'all' || spansDirty.includes(i) || !prev.spans);
    const w = keysStale || spansStale ? walkLevel(list, i) : null;
    levelKeys.push(keysStale && w ? w.keys : prev.levelKeys[i]);
    if (spansOn) spans.push(spansStale && w ? w.spans : prev.spans![i]);
  }
  return {
    nodes,
    level: list.level,
    levelKeys,
    ...(spansOn ? { spans } : {}),
    lastSearch: prev.lastSearch,
    n: nodes.length,
  };
}
