import { fmt, isLeaf, type StepFrame, type Tree, type WNode } from './tree';

/**
 * B+ separator policy (the issue leaves it open; decided here). Separators
 * route: every key of child i lies in [keys[i-1], keys[i]). After every
 * delete, each separator is also the smallest key of its right subtree
 * (the copy made when a leaf split), so a deleted key never lingers in an
 * internal node:
 * - when the deleted key was a leaf's first key and the leaf keeps keys,
 *   the ancestor separator equal to it becomes the leaf's new first key in
 *   the same frame;
 * - when the leaf emptied (orders 3 and 4 allow a one-key leaf), the
 *   borrow or merge that follows rewrites or drops the separator; if one is
 *   still left, `refreshSeparator` replaces it by its successor at the end.
 */
export function replaceSeparatorOnPath(tree: Tree, oldKey: number, newKey: number): WNode | null {
  for (const n of tree.path) {
    if (isLeaf(n)) continue;
    const j = n.keys.indexOf(oldKey);
    if (j >= 0) {
      n.keys[j] = newKey;
      tree.touch(n);
      return n;
    }
  }
  return null;
}

function minKey(n: WNode): number {
  let x = n;
  while (!isLeaf(x)) x = x.children[0];
  return x.keys[0];
}

/** End of a B+ delete: a separator still equal to the deleted key takes its successor. */
export function* refreshSeparator(tree: Tree, key: number): Generator<StepFrame> {
  let x = tree.root;
  tree.path = [];
  while (x && !isLeaf(x)) {
    tree.path.push(x);
    const j = x.keys.indexOf(key);
    if (j >= 0) {
      const s = minKey(x.children[j + 1]);
      x.keys[j] = s;
      tree.touch(x);
      yield* tree.emit(
        `Delete ${key}: the separator ${key} in ${fmt(x)} no longer names a key, so it becomes ${s}, the smallest key to its right.`,
        { node: x.id, keys: [s] },
      );
      return;
    }
    x = x.children[tree.childIndex(x, key)];
  }
}
