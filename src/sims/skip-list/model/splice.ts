import { descendSilent, type Descent } from './descend';
import { createNode, type SNode, type SkipList } from './structure';

/**
 * Pointer surgery, one level at a time, so that every frame in between is a
 * valid skip list (a tower of height j is fully linked on levels 1..j).
 *
 * Insert links the new node bottom-up (Pugh 1990 §3.3 links all levels in
 * one loop; the result is the same). Span accounting follows Redis's
 * zslInsert: with rank[i] the rank of update[i], the link update[i] → x gets
 * span rank[0] − rank[i] + 1 and x keeps the rest of update[i]'s old span,
 * S − (rank[0] − rank[i]); levels x does not reach just grow by one.
 *
 * Delete unlinks top-down (Pugh links/unlinks in one loop; top-down keeps the
 * towers whole in every frame). Spans follow Redis's zslDeleteNode: the link
 * that pointed at x takes over x's span minus one (x itself); links that only
 * passed over x lose one. The list's level drops while its top level is empty
 * (Pugh §3.3, "while list→level > 1 and list→header→forward[list→level] = NIL").
 */

/** Level 1: x joins the list. Every higher link that now passes over x grows by one. */
export function linkBottom(list: SkipList, x: SNode, d: Descent): void {
  if (list.level === 0) {
    // Redis zslInsert: a level above the list's starts at the head, rank 0, span = length.
    d.update[0] = list.head;
    d.rank[0] = 0;
    list.head.span[0] = list.length;
    list.level = 1;
  }
  const u = d.update[0];
  x.forward[0] = u.forward[0];
  u.forward[0] = x;
  x.span[0] = u.span[0]; // S − (rank[0] − rank[0])
  u.span[0] = 1; // (rank[0] − rank[0]) + 1
  // x now lies under the higher links (Redis: "increment span for untouched levels";
  // for levels x will still reach, linkLevel takes the +1 back out of S below).
  for (let i = 1; i < list.level; i++) d.update[i].span[i]++;
  x.level = 1;
  list.length++;
}

/** Level i+1 (i ≥ 1, x already linked on 1..i): the tower grows one level. Returns true when the level is new. */
export function linkLevel(list: SkipList, x: SNode, i: number, d: Descent): boolean {
  let isNew = false;
  if (i >= list.level) {
    // A new top level: the head's link covers the whole list (x included; Redis sets length before x, then adds x).
    d.update[i] = list.head;
    d.rank[i] = 0;
    list.head.forward[i] = null;
    list.head.span[i] = list.length;
    list.level = i + 1;
    isNew = true;
  }
  const u = d.update[i];
  const s = u.span[i] - 1; // Redis's update[i]->level[i].span, before x was counted under it
  const gap = d.rank[0] - d.rank[i];
  x.forward[i] = u.forward[i];
  u.forward[i] = x;
  x.span[i] = s - gap;
  u.span[i] = gap + 1;
  x.level = i + 1;
  return isNew;
}

/** Drop empty top levels; returns how many levels were dropped. */
function shrink(list: SkipList): number {
  let dropped = 0;
  while (list.level > 0 && list.head.forward[list.level - 1] === null) {
    list.level--;
    dropped++;
  }
  return dropped;
}

/** Unlink x from level i+1 (i ≥ 1, x's top level). Returns how many list levels were dropped. */
export function unlinkLevel(list: SkipList, x: SNode, i: number, d: Descent): number {
  const u = d.update[i];
  if (u.forward[i] !== x) throw new Error(`unlink: level ${i + 1} does not point at ${x.key}`);
  u.span[i] += x.span[i]; // jumps over x, which is still counted on level 1
  u.forward[i] = x.forward[i];
  x.level = i;
  return shrink(list);
}

/** Unlink x from level 1: it leaves the list. Returns how many list levels were dropped. */
export function unlinkBottom(list: SkipList, x: SNode, d: Descent): number {
  const u = d.update[0];
  if (u.forward[0] !== x) throw new Error(`unlink: level 1 does not point at ${x.key}`);
  u.span[0] += x.span[0] - 1;
  u.forward[0] = x.forward[0];
  for (let i = 1; i < list.level; i++) d.update[i].span[i]--;
  x.level = 0;
  list.length--;
  return shrink(list);
}

/** Insert without frames (bulk). Returns false for a duplicate key. */
export function insertSilent(list: SkipList, key: number, height: number): boolean {
  const d = descendSilent(list, key);
  const next = list.level > 0 ? d.update[0].forward[0] : null;
  if (next !== null && next.key === key) return false;
  const x = createNode(key, height);
  linkBottom(list, x, d);
  for (let i = 1; i < height; i++) linkLevel(list, x, i, d);
  return true;
}
