import { borrowFromLeft, borrowFromRight, mergeChildren, shrinkRoot } from './restructure';
import { refreshSeparator, replaceSeparatorOnPath } from './separators';
import { compareStep } from './descend';
import { fmt, isLeaf, type StepFrame, type Tree, type WNode } from './tree';
import { minKeys } from './types';

/**
 * Delete from a leaf, then fix underflow on the way back up (Knuth's
 * formulation; the USFCA visualizer): borrow from the left sibling if it can
 * spare a key, else from the right; otherwise merge: with the right sibling
 * when the node is the first child, else into the left sibling. A key in an
 * internal node (B-tree) is replaced by its predecessor, which is removed
 * from its leaf instead. Precondition: `key` is in the tree.
 */
export function* deleteOnOverflow(tree: Tree, key: number): Generator<StepFrame> {
  let x = tree.root as WNode;
  tree.path = [x];
  while (!isLeaf(x) && (tree.bplus || !x.keys.includes(key))) {
    const i = tree.childIndex(x, key);
    yield* compareStep(tree, `Delete ${key}`, x, key, i);
    x = x.children[i];
    tree.path.push(x);
  }
  const low = minKeys(tree.m);
  let leaf: WNode;
  if (!isLeaf(x)) {
    // Internal key (B-tree only): its predecessor is the last key of the
    // rightmost leaf under the left child.
    const holder = x;
    const j = holder.keys.indexOf(key);
    leaf = holder.children[j];
    tree.path.push(leaf);
    while (!isLeaf(leaf)) {
      leaf = leaf.children[leaf.children.length - 1];
      tree.path.push(leaf);
    }
    const pred = leaf.keys.pop() as number;
    holder.keys[j] = pred;
    tree.size--;
    tree.touch(holder, leaf);
    markUnderflow(tree, leaf, low);
    yield* tree.emit(
      `Delete ${key}: ${key} is in an internal node, so its predecessor ${pred} (the largest key of its left subtree) moves up from leaf ${fmt(leaf)} to take its place: ${fmt(holder)}${under(tree, leaf)}.`,
      { node: holder.id, keys: [pred] },
    );
  } else {
    leaf = x;
    const wasFirst = leaf.keys[0] === key;
    leaf.keys.splice(leaf.keys.indexOf(key), 1);
    tree.size--;
    tree.touch(leaf);
    let extra = '';
    if (tree.bplus && wasFirst && leaf.keys.length > 0 && replaceSeparatorOnPath(tree, key, leaf.keys[0])) {
      extra = `; the separator ${key} above becomes ${leaf.keys[0]}, the leaf's new smallest key`;
    }
    markUnderflow(tree, leaf, low);
    const shrink = leaf === tree.root ? shrinkRoot(tree) : '';
    yield* tree.emit(`Delete ${key}: remove ${key} from the leaf, leaving ${fmt(leaf)}${extra}${under(tree, leaf)}.${shrink}`, {
      node: leaf.id,
      keys: [key],
    });
  }
  // A root leaf has no lower bound (and may just have emptied the tree).
  if (tree.root && leaf !== tree.root) yield* fixUnderflow(tree, leaf, key, low);
  tree.transient = undefined;
  if (tree.bplus) yield* refreshSeparator(tree, key);
}

function markUnderflow(tree: Tree, n: WNode, low: number): void {
  tree.transient = n !== tree.root && n.keys.length < low ? { id: n.id, kind: 'underflow' } : undefined;
}

function under(tree: Tree, n: WNode): string {
  return tree.transient?.id === n.id ? `, one key fewer than the ${minKeys(tree.m)} a node must keep` : '';
}

function* fixUnderflow(tree: Tree, start: WNode, key: number, low: number): Generator<StepFrame> {
  let node = start;
  while (node !== tree.root && node.keys.length < low) {
    tree.path = tree.path.slice(0, tree.path.indexOf(node));
    const x = tree.path[tree.path.length - 1];
    const i = x.children.indexOf(node);
    const left = i > 0 ? x.children[i - 1] : null;
    const right = i < x.children.length - 1 ? x.children[i + 1] : null;
    const before = fmt(node);
    const leaves = tree.bplus && isLeaf(node);
    if (left && left.keys.length > low) {
      const r = borrowFromLeft(tree, x, i);
      tree.transient = undefined;
      const how = leaves ? `${r.into} moves over and becomes the separator` : `${r.up} rises into the parent and ${r.down} comes down`;
      yield* tree.emit(`Delete ${key}: ${before} underflows; its left sibling can spare a key, so borrow ${r.into} from the left sibling through the parent: ${how}.`, {
        node: node.id,
        keys: [r.into, r.up],
      });
      return;
    }
    if (right && right.keys.length > low) {
      const r = borrowFromRight(tree, x, i);
      tree.transient = undefined;
      const how = leaves ? `${r.into} moves over and ${r.up} becomes the separator` : `${r.up} rises into the parent and ${r.down} comes down`;
      yield* tree.emit(
        `Delete ${key}: ${before} underflows; ${left ? 'its left sibling cannot spare a key but its right sibling can' : 'it has no left sibling and its right sibling can spare a key'}, so borrow ${r.into} from the right sibling through the parent: ${how}.`,
        { node: node.id, keys: [r.into, r.up] },
      );
      return;
    }
    const first = i === 0;
    const m = mergeChildren(tree, x, first ? 0 : i - 1);
    const sep = leaves ? `dropping the separator ${m.separator}` : `with ${m.separator} coming down from the parent`;
    markUnderflow(tree, x, low);
    const wasRoot = x === tree.root;
    const shrink = wasRoot ? shrinkRoot(tree) : '';
    yield* tree.emit(
      `Delete ${key}: ${before} underflows and no sibling can spare a key, so merge ${first ? 'it with its right sibling' : 'it into its left sibling'}, ${sep}: ${fmt(m.merged)}${under(tree, x)}.${shrink}`,
      { node: m.merged.id, keys: [m.separator] },
    );
    if (wasRoot) return;
    node = x;
  }
}
