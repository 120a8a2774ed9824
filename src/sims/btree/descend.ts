import { fmt, isLeaf, type StepFrame, type Tree, type WNode } from './tree';

const ORDINAL = ['1st', '2nd', '3rd'];
function nth(i: number): string {
  return ORDINAL[i] ?? `${i + 1}th`;
}

/** Why `key` goes down to child i of x, e.g. "10 < 15 < 20". */
export function comparison(tree: Tree, x: WNode, key: number, i: number): string {
  const k = x.keys;
  const ge = tree.bplus ? '≤' : '<';
  if (k.length === 0) return 'the node has no keys';
  if (i === 0) return `${key} < ${k[0]}`;
  if (i === k.length) return `${key} ${tree.bplus ? '≥' : '>'} ${k[k.length - 1]}`;
  return `${k[i - 1]} ${ge} ${key} < ${k[i]}`;
}

/** Frame: "Insert 15: at [10 20], 10 < 15 < 20, so go down to the 2nd child of 3." `label` is "Insert 15". */
export function* compareStep(tree: Tree, label: string, x: WNode, key: number, i: number): Generator<StepFrame> {
  yield* tree.emit(
    `${label}: at ${fmt(x)}, ${comparison(tree, x, key, i)}, so go down to the ${nth(i)} child of ${x.children.length}.`,
    { node: x.id, keys: [key] },
  );
}

/**
 * Walk from the root towards `key` with one comparison frame per internal
 * node, without changing anything. Stops at the node holding the key
 * (B-tree) or at the leaf (B+, and B-tree misses). Leaves `tree.path` set.
 */
export function* walk(tree: Tree, verb: string, key: number): Generator<StepFrame, WNode | null> {
  let x = tree.root;
  tree.path = [];
  while (x) {
    tree.path.push(x);
    if ((!tree.bplus || isLeaf(x)) && x.keys.includes(key)) return x;
    if (isLeaf(x)) return x;
    const i = tree.childIndex(x, key);
    yield* compareStep(tree, `${verb} ${key}`, x, key, i);
    x = x.children[i];
  }
  return null;
}

/** The search op: comparison frames, then found / not found. */
export function* search(tree: Tree, key: number): Generator<StepFrame> {
  if (!tree.root) {
    tree.path = [];
    yield* tree.emit(`Search ${key}: the tree is empty, so ${key} is not in it.`, { keys: [key], found: false });
    return;
  }
  const x = (yield* walk(tree, 'Search', key)) as WNode;
  const found = x.keys.includes(key);
  const where = isLeaf(x) ? 'leaf' : 'node';
  yield* tree.emit(
    found ? `Search ${key}: found ${key} in ${where} ${fmt(x)}.` : `Search ${key}: ${key} is not in leaf ${fmt(x)}, so it is not in the tree.`,
    { node: x.id, keys: [key], found },
  );
}

/** Frames for an insert of a present key or a delete of an absent one: nothing changes. */
export function* nothingToDo(tree: Tree, verb: 'Insert' | 'Delete', key: number): Generator<StepFrame> {
  if (!tree.root) {
    tree.path = [];
    yield* tree.emit(`Delete ${key}: the tree is empty, so there is nothing to delete.`, { keys: [key], found: false });
    return;
  }
  const x = (yield* walk(tree, verb, key)) as WNode;
  yield* tree.emit(
    verb === 'Insert'
      ? `Insert ${key}: ${key} is already in ${fmt(x)}; keys are unique, so nothing changes.`
      : `Delete ${key}: ${key} is not in leaf ${fmt(x)}, so it is not in the tree and nothing changes.`,
    { node: x.id, keys: [key], found: verb === 'Insert' },
  );
}
