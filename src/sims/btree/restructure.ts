import { isLeaf, type Tree, type WNode } from './tree';

/**
 * The structural moves shared by every mode, without frames. `x` is the
 * parent; the moved-into node keeps its id, a split-off node gets a new one.
 */

export interface SplitResult {
  left: WNode;
  right: WNode;
  /** The key that went up into the parent (B+ leaf: a copy of right's first key). */
  up: number;
}

/**
 * Split child `i` of `x` around `keys[mid]` (CLRS B-TREE-SPLIT-CHILD, 18.2,
 * generalised to any middle index). B-tree and internal B+ nodes: the key
 * moves up, left keeps keys[0..mid), right gets keys(mid..]. B+ leaves:
 * right gets keys[mid..] and a copy of keys[mid] goes up as the separator;
 * the new leaf is linked into the leaf chain after the old one.
 */
export function splitChild(tree: Tree, x: WNode, i: number, mid: number): SplitResult {
  const y = x.children[i];
  const up = y.keys[mid];
  let z: WNode;
  if (tree.bplus && isLeaf(y)) {
    z = tree.newNode(y.keys.slice(mid));
    y.keys = y.keys.slice(0, mid);
    z.next = y.next;
    y.next = z;
  } else {
    z = tree.newNode(y.keys.slice(mid + 1), y.children.slice(mid + 1));
    y.keys = y.keys.slice(0, mid);
    y.children = y.children.slice(0, mid + 1);
  }
  x.keys.splice(i, 0, up);
  x.children.splice(i + 1, 0, z);
  tree.touch(x, y, z);
  return { left: y, right: z, up };
}

/** Grow the tree by one level: a new empty root whose only child is the old root. */
export function newRootAbove(tree: Tree): WNode {
  const old = tree.root as WNode;
  const r = tree.newNode([], [old]);
  tree.root = r;
  return r;
}

export interface Rotation {
  /** The key that moved into the underfull node. */
  into: number;
  /** The key that moved up into the parent (the new separator). */
  up: number;
  /** The parent's separator before the move. */
  down: number;
}

/**
 * Child i of x takes one key from its left sibling through the parent
 * (CLRS 18.3 case 3a). B+ leaves: the sibling's last key moves over and
 * becomes the separator (a copy of the node's new first key).
 */
export function borrowFromLeft(tree: Tree, x: WNode, i: number): Rotation {
  const node = x.children[i];
  const left = x.children[i - 1];
  const down = x.keys[i - 1];
  tree.touch(x, node, left);
  if (tree.bplus && isLeaf(node)) {
    const k = left.keys.pop() as number;
    node.keys.unshift(k);
    x.keys[i - 1] = k;
    return { into: k, up: k, down };
  }
  node.keys.unshift(down);
  const up = left.keys.pop() as number;
  x.keys[i - 1] = up;
  if (!isLeaf(left)) node.children.unshift(left.children.pop() as WNode);
  return { into: down, up, down };
}

/** Mirror of borrowFromLeft with the right sibling (CLRS 18.3 case 3a). */
export function borrowFromRight(tree: Tree, x: WNode, i: number): Rotation {
  const node = x.children[i];
  const right = x.children[i + 1];
  const down = x.keys[i];
  tree.touch(x, node, right);
  if (tree.bplus && isLeaf(node)) {
    const k = right.keys.shift() as number;
    node.keys.push(k);
    x.keys[i] = right.keys[0];
    return { into: k, up: right.keys[0], down };
  }
  node.keys.push(down);
  const up = right.keys.shift() as number;
  x.keys[i] = up;
  if (!isLeaf(right)) node.children.push(right.children.shift() as WNode);
  return { into: down, up, down };
}

export interface MergeResult {
  merged: WNode;
  removed: WNode;
  /** The parent's separator that came down (B-tree) or was dropped (B+ leaves). */
  separator: number;
}

/**
 * Merge children i and i+1 of x into child i (CLRS 18.3 cases 2c and 3b):
 * the separator comes down between them. B+ leaves drop the separator
 * instead (it is only a copy) and the left leaf takes over the right one's
 * `next` link.
 */
export function mergeChildren(tree: Tree, x: WNode, i: number): MergeResult {
  const left = x.children[i];
  const right = x.children[i + 1];
  const separator = x.keys[i];
  if (tree.bplus && isLeaf(left)) {
    left.keys = left.keys.concat(right.keys);
    left.next = right.next;
  } else {
    left.keys = [...left.keys, separator, ...right.keys];
    left.children = left.children.concat(right.children);
  }
  x.keys.splice(i, 1);
  x.children.splice(i + 1, 1);
  tree.touch(x, left);
  return { merged: left, removed: right, separator };
}

/**
 * An internal root left with no keys hands over to its only child (the tree
 * loses a level, CLRS 18.3); a leaf root with no keys means an empty tree.
 * Returns a caption fragment, or '' when nothing happened.
 */
export function shrinkRoot(tree: Tree): string {
  const r = tree.root;
  if (!r || r.keys.length > 0) return '';
  if (isLeaf(r)) {
    tree.root = null;
    tree.path = [];
    return ' The tree is now empty.';
  }
  tree.root = r.children[0];
  tree.path = tree.path.filter((n) => n !== r);
  return ' The root has no keys left, so its only child becomes the root and the tree is one level shorter.';
}
