import { compareStep } from './descend';
import { newRootAbove, splitChild } from './restructure';
import { fmt, isLeaf, type StepFrame, type Tree, type WNode } from './tree';

export function insertSorted(keys: number[], key: number): void {
  let i = keys.length;
  while (i > 0 && keys[i - 1] > key) i--;
  keys.splice(i, 0, key);
}

function* insertIntoEmpty(tree: Tree, key: number): Generator<StepFrame> {
  tree.root = tree.newNode([key]);
  tree.size++;
  tree.path = [tree.root];
  yield* tree.emit(`Insert ${key}: the tree is empty, so ${key} becomes the only key of a new root leaf.`, {
    node: tree.root.id,
    keys: [key],
  });
}

/** The words for a split's rising key: B+ leaves copy it, everything else moves it. */
function rises(tree: Tree, left: WNode, up: number): string {
  return tree.bplus && isLeaf(left) ? `a copy of ${up} rises as the separator` : `${up} rises`;
}

/**
 * CLRS B-TREE-INSERT (18.2): split every full node (2t - 1 keys) met on the
 * way down, so the leaf always has room and a split never propagates up.
 * The median keys[t-1] rises.
 */
export function* insertPreemptive(tree: Tree, key: number): Generator<StepFrame> {
  if (!tree.root) return yield* insertIntoEmpty(tree, key);
  const full = tree.m - 1;
  const mid = tree.t - 1;
  if (tree.root.keys.length === full) {
    const before = fmt(tree.root);
    const r = newRootAbove(tree);
    const s = splitChild(tree, r, 0, mid);
    tree.path = [r];
    yield* tree.emit(
      `Insert ${key}: the root ${before} is full (2t - 1 = ${full} keys), so split it before going down: its median ${rises(tree, s.left, s.up)} into a new root and the tree grows one level.`,
      { node: r.id, keys: [s.up] },
    );
  }
  let x = tree.root;
  tree.path = [x];
  while (!isLeaf(x)) {
    let i = tree.childIndex(x, key);
    yield* compareStep(tree, `Insert ${key}`, x, key, i);
    const child = x.children[i];
    if (child.keys.length === full) {
      const before = fmt(child);
      const s = splitChild(tree, x, i, mid);
      yield* tree.emit(
        `Insert ${key}: the child ${before} is full (2t - 1 = ${full} keys), so split it before entering (B-TREE-SPLIT-CHILD): its median ${rises(tree, s.left, s.up)} into ${fmt(x)}.`,
        { node: x.id, keys: [s.up] },
      );
      if (tree.childIndex(x, key) > i) i++;
    }
    x = x.children[i];
    tree.path.push(x);
  }
  insertSorted(x.keys, key);
  tree.size++;
  tree.touch(x);
  yield* tree.emit(`Insert ${key}: put ${key} into the leaf, which becomes ${fmt(x)}.`, { node: x.id, keys: [key] });
}

/**
 * Insert into the leaf, then split overflowing nodes on the way back up
 * (Knuth's formulation; the USFCA visualizer). An overflowing node holds m
 * keys and promotes keys[floor((m-1)/2)], the left middle when m is even.
 */
export function* insertOnOverflow(tree: Tree, key: number): Generator<StepFrame> {
  if (!tree.root) return yield* insertIntoEmpty(tree, key);
  const m = tree.m;
  const mid = Math.floor((m - 1) / 2);
  let x = tree.root;
  tree.path = [x];
  while (!isLeaf(x)) {
    const i = tree.childIndex(x, key);
    yield* compareStep(tree, `Insert ${key}`, x, key, i);
    x = x.children[i];
    tree.path.push(x);
  }
  insertSorted(x.keys, key);
  tree.size++;
  tree.touch(x);
  const over = x.keys.length === m;
  if (over) tree.transient = { id: x.id, kind: 'overflow' };
  yield* tree.emit(
    `Insert ${key}: put ${key} into the leaf, which becomes ${fmt(x)}${over ? `: ${m} keys is one more than the ${m - 1} allowed` : ''}.`,
    { node: x.id, keys: [key] },
  );
  const which = m % 2 === 0 ? ` (the left middle, keys[${mid}])` : ` (the middle, keys[${mid}])`;
  while (x.keys.length === m) {
    const before = fmt(x);
    tree.path.pop();
    let parent = tree.path[tree.path.length - 1];
    let grew = '';
    if (!parent) {
      parent = newRootAbove(tree);
      tree.path = [parent];
      grew = 'a new root, and the tree grows one level';
    }
    const s = splitChild(tree, parent, parent.children.indexOf(x), mid);
    const parentOver = parent.keys.length === m;
    tree.transient = parentOver ? { id: parent.id, kind: 'overflow' } : undefined;
    yield* tree.emit(
      `Insert ${key}: ${before} overflows, so split it into ${fmt(s.left)} and ${fmt(s.right)}; ${s.up}${which} ${tree.bplus && isLeaf(s.left) ? 'is copied up as the separator' : 'rises'} into ${grew || fmt(parent)}${parentOver ? `, which now overflows in turn` : ''}.`,
      { node: parent.id, keys: [s.up] },
    );
    x = parent;
  }
  tree.transient = undefined;
}

/**
 * The same two insert algorithms without frames or captions, for
 * insertMany (10,000 keys in one frame). A unit test checks that a batch
 * builds exactly the tree the framed inserts build.
 */
export function insertQuiet(tree: Tree, key: number): void {
  tree.size++;
  if (!tree.root) {
    tree.root = tree.newNode([key]);
    return;
  }
  if (tree.preemptive) {
    const mid = tree.t - 1;
    if (tree.root.keys.length === tree.m - 1) splitChild(tree, newRootAbove(tree), 0, mid);
    let x = tree.root;
    while (!isLeaf(x)) {
      let i = tree.childIndex(x, key);
      if (x.children[i].keys.length === tree.m - 1) {
        splitChild(tree, x, i, mid);
        if (tree.childIndex(x, key) > i) i++;
      }
      x = x.children[i];
    }
    insertSorted(x.keys, key);
    return;
  }
  const mid = Math.floor((tree.m - 1) / 2);
  const path: WNode[] = [];
  let x = tree.root;
  while (!isLeaf(x)) {
    path.push(x);
    x = x.children[tree.childIndex(x, key)];
  }
  insertSorted(x.keys, key);
  while (x.keys.length === tree.m) {
    const parent = path.pop() ?? newRootAbove(tree);
    splitChild(tree, parent, parent.children.indexOf(x), mid);
    x = parent;
  }
}
