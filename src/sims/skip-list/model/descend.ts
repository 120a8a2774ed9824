import type { ModelFrame } from '../../../engine/types';
import type { SNode, SkipList } from './structure';
import type { PathPoint, SkipListHighlight, SkipListState } from './types';

export type FrameOut = Omit<ModelFrame<SkipListState, SkipListHighlight>, 'op'>;

/** Where a search for `key` ends: Pugh's update[] vector, plus Redis's rank[] (zslInsert). */
export interface Descent {
  /** `update[i]`: the rightmost node on level i+1 whose key is < key (or the head). */
  update: SNode[];
  /** `rank[i]`: the rank of update[i] (0 = head); rank[0] is how many keys are < key. */
  rank: number[];
  /**
   * Key comparisons: one each time the search key is compared with a real
   * node's key (a NIL pointer ends a level without a comparison).
   */
  comparisons: number;
  path: PathPoint[];
}

export const keyText = (n: SNode | null): string => (n === null ? 'NIL' : Number.isNaN(n.key) ? 'the head' : String(n.key));
const pointOf = (n: SNode, level: number): PathPoint => ({
  key: Number.isNaN(n.key) ? null : n.key,
  level,
});

/**
 * Pugh 1990 §3.1 (Search) and §3.3 (Insert/Delete keep update[]): from the
 * head on the list's level, move right while the next key is < key, then go
 * down a level. Yields one frame per move; returns the descent.
 */
export function* descend(list: SkipList, key: number, state: SkipListState, intro: string): Generator<FrameOut, Descent> {
  const update: SNode[] = [];
  const rank: number[] = [];
  const path: PathPoint[] = [];
  let comparisons = 0;
  let x = list.head;
  const top = list.level;
  if (top === 0) return { update, rank, comparisons, path };
  path.push(pointOf(x, top));
  yield {
    caption: `${intro}: start at the head on level ${top}, the list's level.`,
    state,
    highlight: { kind: 'search', target: key, path: path.slice(), comparisons },
  };
  let r = 0;
  for (let i = top - 1; i >= 0; i--) {
    let next = x.forward[i];
    while (next !== null) {
      comparisons++;
      if (!(next.key < key)) break;
      r += x.span[i];
      x = next;
      path.push(pointOf(x, i + 1));
      yield {
        caption: `Right to ${x.key} on level ${i + 1}, since ${x.key} < ${key}.`,
        state,
        highlight: {
          kind: 'search',
          target: key,
          path: path.slice(),
          compare: x.key,
          comparisons,
        },
      };
      next = x.forward[i];
    }
    update[i] = x;
    rank[i] = r;
    if (i > 0) {
      path.push(pointOf(x, i));
      const why =
        next === null
          ? `level ${i + 1} ends after ${keyText(x)} (NIL)`
          : `the next key on level ${i + 1} is ${next.key}, not less than ${key}`;
      yield {
        caption: `Down to level ${i} at ${keyText(x)}: ${why}.`,
        state,
        highlight: {
          kind: 'search',
          target: key,
          path: path.slice(),
          compare: next === null ? null : next.key,
          comparisons,
        },
      };
    }
  }
  return { update, rank, comparisons, path };
}

/** The same descent without frames (bulk inserts). */
export function descendSilent(list: SkipList, key: number): Descent {
  const update: SNode[] = [];
  const rank: number[] = [];
  let comparisons = 0;
  let x = list.head;
  let r = 0;
  for (let i = list.level - 1; i >= 0; i--) {
    let next = x.forward[i];
    while (next !== null) {
      comparisons++;
      if (!(next.key < key)) break;
      r += x.span[i];
      x = next;
      next = x.forward[i];
    }
    update[i] = x;
    rank[i] = r;
  }
  return { update, rank, comparisons, path: [] };
}
