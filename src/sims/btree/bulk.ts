import { nextInt } from '../../engine/prng';
import { insertOnOverflow, insertPreemptive, insertQuiet } from './insert';
import { fmt, isLeaf, type StepFrame, type Tree, type WNode } from './tree';

/** Keys are integers in this range (validation enforces it on typed keys). */
export const KEY_LIMIT = 1_000_000_000;

export function insertOne(tree: Tree, key: number): Generator<StepFrame> {
  return tree.preemptive ? insertPreemptive(tree, key) : insertOnOverflow(tree, key);
}

function extreme(tree: Tree, side: 'min' | 'max'): number | null {
  let x = tree.root;
  if (!x) return null;
  while (!isLeaf(x)) x = side === 'min' ? x.children[0] : x.children[x.children.length - 1];
  return side === 'min' ? x.keys[0] : x.keys[x.keys.length - 1];
}

/** The keys an insertMany adds: seeded random new keys, or a run above the largest / below the smallest key. */
export function bulkKeys(tree: Tree, count: number, pattern: 'random' | 'ascending' | 'descending'): number[] {
  const keys: number[] = [];
  if (pattern === 'random') {
    // Draw from a range ten times larger than the tree will be, so repeats are rare.
    const hi = Math.min(KEY_LIMIT, Math.max(999, 10 * (tree.size + count)));
    const drawn = new Set<number>();
    while (keys.length < count) {
      const k = nextInt(tree.prng, 1, hi);
      if (drawn.has(k) || tree.contains(k)) continue;
      drawn.add(k);
      keys.push(k);
    }
  } else if (pattern === 'ascending') {
    const start = (extreme(tree, 'max') ?? 0) + 1;
    for (let k = start; k < start + count && k <= KEY_LIMIT; k++) keys.push(k);
  } else {
    const start = (extreme(tree, 'min') ?? count + 1) - 1;
    for (let k = start; k > start - count && k >= -KEY_LIMIT; k--) keys.push(k);
  }
  return keys;
}

export function height(root: WNode | null): number {
  let h = 0;
  for (let x = root; x; x = isLeaf(x) ? null : x.children[0]) h++;
  return h;
}

/** insertMany: the same insert as a single op, run silently; one frame for the batch. */
export function* insertMany(tree: Tree, count: number, pattern: 'random' | 'ascending' | 'descending'): Generator<StepFrame> {
  const keys = bulkKeys(tree, count, pattern);
  tree.silent = true;
  try {
    for (const k of keys) insertQuiet(tree, k);
  } finally {
    tree.silent = false;
  }
  tree.invalidateAll();
  tree.path = [];
  const what = pattern === 'random' ? 'random keys' : `${pattern} keys`;
  let lo = Infinity;
  let hi = -Infinity;
  for (const k of keys) {
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const range = keys.length === 0 ? '' : keys.length === 1 ? ` (${lo})` : ` (from ${lo} to ${hi})`;
  yield* tree.emit(
    `Insert ${keys.length} ${what}${range} in one batch: the tree now holds ${tree.size} keys in ${height(tree.root)} level${height(tree.root) === 1 ? '' : 's'}.`,
  );
}

const MAX_RANGE_FRAMES = 24;

/**
 * Range scan [from, to]. B+: find the leaf of `from`, then follow the leaf
 * links, one frame per leaf (the reason the links exist). B-tree: no links,
 * so one frame with the result of an in-order walk.
 */
export function* rangeScan(tree: Tree, from: number, to: number): Generator<StepFrame> {
  const label = `Range ${from} to ${to}`;
  if (!tree.root) {
    tree.path = [];
    yield* tree.emit(`${label}: the tree is empty.`, { range: [] });
    return;
  }
  const found: number[] = [];
  if (!tree.bplus) {
    const walk = (x: WNode): void => {
      for (let i = 0; i <= x.keys.length; i++) {
        if (!isLeaf(x) && (i === 0 || x.keys[i - 1] < to) && (i === x.keys.length || x.keys[i] > from)) walk(x.children[i]);
        if (i < x.keys.length && x.keys[i] >= from && x.keys[i] <= to) found.push(x.keys[i]);
      }
    };
    walk(tree.root);
    tree.path = [];
    yield* tree.emit(`${label}: a B-tree has no leaf links, so an in-order walk of the overlapping subtrees finds ${found.length} key${found.length === 1 ? '' : 's'}.`, { range: found, keys: found.slice(0, 200) });
    return;
  }
  let x = tree.root;
  tree.path = [x];
  while (!isLeaf(x)) {
    x = x.children[tree.childIndex(x, from)];
    tree.path.push(x);
  }
  yield* tree.emit(`${label}: go down to the leaf ${fmt(x)}, the one where ${from} would be.`, { node: x.id, range: [] });
  let leaf: WNode | null = x;
  let frames = 0;
  while (leaf) {
    const mine = leaf.keys.filter((k) => k >= from && k <= to);
    found.push(...mine);
    if (leaf !== x) tree.path.push(leaf);
    // Stop once a leaf reaches past `to` (or the chain ends): no later leaf can hold keys in range.
    const stop: boolean = !leaf.next || (leaf.keys.length > 0 && leaf.keys[leaf.keys.length - 1] >= to);
    if (frames < MAX_RANGE_FRAMES) {
      yield* tree.emit(
        `${label}: leaf ${fmt(leaf)} gives ${mine.length ? mine.join(' ') : 'nothing'}${stop ? `; ${leaf.next ? `its keys reach ${to} or beyond` : 'it is the last leaf'}, so the scan stops with ${found.length} key${found.length === 1 ? '' : 's'}` : '; follow its link to the next leaf'}.`,
        { node: leaf.id, range: found.slice() },
      );
    }
    frames++;
    leaf = stop ? null : leaf.next;
  }
  if (frames > MAX_RANGE_FRAMES) {
    yield* tree.emit(`${label}: ${frames} leaves visited along the leaf links, ${found.length} keys in range.`, { range: found.slice() });
  }
}
