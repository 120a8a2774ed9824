import { compareStep } from './descend';
import { borrowFromLeft, borrowFromRight, mergeChildren, shrinkRoot } from './restructure';
import { refreshSeparator, replaceSeparatorOnPath } from './separators';
import { fmt, isLeaf, type StepFrame, type Tree, type WNode } from './tree';

/**
 * CLRS B-TREE-DELETE (18.3) in one downward pass. Before going down into a
 * child, make sure it has at least t keys, so a key can always be removed
 * from the node we arrive at. Precondition: `key` is in the tree (the caller
 * checks, so a miss never restructures the tree).
 */
export function* deletePreemptive(tree: Tree, key: number): Generator<StepFrame> {
  const x = tree.root as WNode;
  tree.path = [x];
  yield* deleteFrom(tree, x, key, `Delete ${key}`);
  if (tree.bplus) yield* refreshSeparator(tree, key);
}

function* deleteFrom(tree: Tree, start: WNode, key: number, label: string): Generator<StepFrame> {
  const t = tree.t;
  let x = start;
  for (;;) {
    if (isLeaf(x)) {
      yield* deleteFromLeaf(tree, x, key, label);
      return;
    }
    const j = tree.bplus ? -1 : x.keys.indexOf(key);
    if (j >= 0) {
      const y = x.children[j];
      const z = x.children[j + 1];
      if (y.keys.length >= t) {
        // Case 2a: the predecessor k' (the largest key under y) takes k's place.
        const pred = maxKey(y);
        yield* tree.emit(
          `${label}: case 2a: ${key} is in internal node ${fmt(x)} and its left child ${fmt(y)} has at least t = ${t} keys, so remove the predecessor ${pred} from that subtree and put it in place of ${key}.`,
          { node: x.id, keys: [key, pred] },
        );
        tree.path.push(y);
        yield* deleteFrom(tree, y, pred, `${label}, via its predecessor ${pred}`);
        yield* replaceKey(tree, x, key, pred, label, '2a', 'predecessor');
        return;
      }
      if (z.keys.length >= t) {
        // Case 2b: symmetric, with the successor under z.
        const succ = minKey(z);
        yield* tree.emit(
          `${label}: case 2b: ${key} is in internal node ${fmt(x)}, its left child has only t - 1 = ${t - 1} keys but its right child ${fmt(z)} has at least t, so remove the successor ${succ} from the right subtree and put it in place of ${key}.`,
          { node: x.id, keys: [key, succ] },
        );
        tree.path.push(z);
        yield* deleteFrom(tree, z, succ, `${label}, via its successor ${succ}`);
        yield* replaceKey(tree, x, key, succ, label, '2b', 'successor');
        return;
      }
      // Case 2c: both children have t - 1 keys: merge k and z into y, go on in y.
      const m = mergeChildren(tree, x, j);
      const shrink = x === tree.root ? shrinkRoot(tree) : '';
      yield* tree.emit(
        `${label}: case 2c: ${key} is in internal node ${fmt(x)} and both its children have only t - 1 = ${t - 1} keys, so merge them with ${key} between them into ${fmt(m.merged)} and delete ${key} from there.${shrink}`,
        { node: m.merged.id, keys: [key] },
      );
      x = m.merged;
      if (tree.path[tree.path.length - 1] !== x) tree.path.push(x);
      continue;
    }
    let i = tree.childIndex(x, key);
    yield* compareStep(tree, label, x, key, i);
    if (x.children[i].keys.length === t - 1) i = yield* ensureRoom(tree, x, i, label);
    x = x.children[i];
    if (tree.path[tree.path.length - 1] !== x) tree.path.push(x);
  }
}

/** Case 3: the child to enter has only t - 1 keys; give it a t-th (3a) or merge it (3b). Returns the child index to enter. */
function* ensureRoom(tree: Tree, x: WNode, i: number, label: string): Generator<StepFrame, number> {
  const t = tree.t;
  const c = x.children[i];
  const before = fmt(c);
  const left = i > 0 ? x.children[i - 1] : null;
  const right = i < x.children.length - 1 ? x.children[i + 1] : null;
  const leaves = tree.bplus && isLeaf(c);
  if (left && left.keys.length >= t) {
    const r = borrowFromLeft(tree, x, i);
    const how = leaves ? `${r.into} moves over and becomes the separator` : `${r.up} rises into the parent and ${r.down} comes down`;
    yield* tree.emit(
      `${label}: case 3a: the child ${before} has only t - 1 = ${t - 1} keys and its left sibling has at least t, so borrow ${r.into} from the left sibling through the parent: ${how}.`,
      { node: c.id, keys: [r.into, r.up] },
    );
    return i;
  }
  if (right && right.keys.length >= t) {
    const r = borrowFromRight(tree, x, i);
    const how = leaves ? `${r.into} moves over and ${r.up} becomes the separator` : `${r.up} rises into the parent and ${r.down} comes down`;
    yield* tree.emit(
      `${label}: case 3a: the child ${before} has only t - 1 = ${t - 1} keys, ${left ? 'its left sibling cannot spare one but its right sibling can' : 'its right sibling can spare one'}, so borrow ${r.into} from the right sibling through the parent: ${how}.`,
      { node: c.id, keys: [r.into, r.up] },
    );
    return i;
  }
  const at = right ? i : i - 1;
  const m = mergeChildren(tree, x, at);
  const shrink = x === tree.root ? shrinkRoot(tree) : '';
  const sep = leaves ? `dropping the separator ${m.separator}` : `with ${m.separator} coming down from the parent between them`;
  yield* tree.emit(
    `${label}: case 3b: the child ${before} has only t - 1 = ${t - 1} keys and so do its siblings, so merge it with its ${right ? 'right' : 'left'} sibling into ${fmt(m.merged)}, ${sep}.${shrink}`,
    { node: m.merged.id, keys: [m.separator] },
  );
  return at;
}

/** Case 1: the key is in a leaf that has room to lose it. */
function* deleteFromLeaf(tree: Tree, x: WNode, key: number, label: string): Generator<StepFrame> {
  const was = x.keys[0];
  x.keys.splice(x.keys.indexOf(key), 1);
  tree.size--;
  tree.touch(x);
  let extra = '';
  if (tree.bplus && was === key && x.keys.length > 0) {
    const sep = replaceSeparatorOnPath(tree, key, x.keys[0]);
    if (sep) extra = ` The separator ${key} above it becomes ${x.keys[0]}, the leaf's new smallest key.`;
  }
  const shrink = x === tree.root ? shrinkRoot(tree) : '';
  yield* tree.emit(`${label}: case 1: ${key} is in this leaf, so remove it, leaving ${fmt(x)}.${extra}${shrink}`, {
    node: x.id,
    keys: [key],
  });
}

function* replaceKey(tree: Tree, x: WNode, key: number, by: number, label: string, kase: string, what: string): Generator<StepFrame> {
  x.keys[x.keys.indexOf(key)] = by;
  tree.touch(x);
  tree.path = tree.path.slice(0, tree.path.indexOf(x) + 1);
  yield* tree.emit(`${label}: case ${kase}: the ${what} ${by} replaces ${key} in ${fmt(x)}.`, { node: x.id, keys: [by] });
}

function maxKey(n: WNode): number {
  let x = n;
  while (!isLeaf(x)) x = x.children[x.children.length - 1];
  return x.keys[x.keys.length - 1];
}

function minKey(n: WNode): number {
  let x = n;
  while (!isLeaf(x)) x = x.children[0];
  return x.keys[0];
}
