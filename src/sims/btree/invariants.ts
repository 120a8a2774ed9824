import { maxKeys, minKeys, type BNode, type BTreeParams, type BTreeState } from './types';

const show = (n: BNode): string => `[${n.keys.join(' ')}]`;

/**
 * The violated invariants of a state (issue 3), each a readable sentence:
 * keys sorted in every node and in order across the tree; key counts within
 * the order's bounds (root excepted, and the one node a frame marks as
 * transiently over or under by one key); internal nodes have keys + 1
 * children; all leaves at one depth; ids unique; B+: every key in the
 * leaves, separators route (child i holds keys in [keys[i-1], keys[i])),
 * and the leaf chain visits every leaf left to right.
 */
export function btreeInvariants(state: BTreeState, params: BTreeParams): string[] {
  const out = new Set<string>();
  const bplus = params.variant === 'bplus';
  const lo = minKeys(params.order);
  const hi = maxKeys(params.order);
  const root = state.root;
  if (!root) {
    if (state.size !== 0) out.add(`The tree is empty but size says ${state.size} keys.`);
    return [...out];
  }
  const leaves: BNode[] = [];
  const ids = new Set<number>();
  let leafDepth = -1;
  let stored = 0;
  const tr = state.transient;

  const visit = (n: BNode, depth: number, low: number, high: number): void => {
    if (out.size > 20) return;
    if (ids.has(n.id)) out.add(`Node id ${n.id} appears twice.`);
    ids.add(n.id);
    const leaf = n.children.length === 0;
    for (let i = 1; i < n.keys.length; i++) {
      if (!(n.keys[i - 1] < n.keys[i])) out.add(`Keys of node ${show(n)} are not in increasing order.`);
    }
    for (const k of n.keys) {
      // B-tree: strictly between the parent's keys; B+: low ≤ k < high (a separator equals its right subtree's first key).
      const ok = bplus ? k >= low && k < high : k > low && k < high;
      if (!ok) out.add(`Key ${k} in node ${show(n)} is out of order: it should lie ${bplus ? 'at or above' : 'above'} ${low} and below ${high}.`);
    }
    const count = n.keys.length;
    const isRoot = n === root;
    const slack = tr && tr.id === n.id ? 1 : 0;
    const min = isRoot ? 1 : lo;
    const minAllowed = min - (tr?.kind === 'underflow' ? slack : 0);
    const maxAllowed = hi + (tr?.kind === 'overflow' ? slack : 0);
    if (count > maxAllowed) out.add(`Node ${show(n)} has ${count} keys; order ${params.order} allows at most ${hi}.`);
    if (count < minAllowed) out.add(`Node ${show(n)} has ${count} keys; a ${isRoot ? 'root' : 'non-root node'} needs at least ${min}.`);
    if (leaf) {
      if (leafDepth === -1) leafDepth = depth;
      else if (depth !== leafDepth) out.add(`Leaf ${show(n)} is at depth ${depth} but other leaves are at depth ${leafDepth}.`);
      leaves.push(n);
      stored += count;
      if (bplus && n.next === undefined) out.add(`B+ leaf ${show(n)} has no next link.`);
      return;
    }
    if (!bplus) stored += count;
    if (n.next !== undefined && n.next !== null) out.add(`Internal node ${show(n)} has a leaf link.`);
    if (n.children.length !== count + 1) out.add(`Internal node ${show(n)} has ${count} keys but ${n.children.length} children (needs ${count + 1}).`);
    n.children.forEach((c, i) => visit(c, depth + 1, i === 0 ? low : n.keys[i - 1], i < count ? n.keys[i] : high));
  };
  visit(root, 0, -Infinity, Infinity);
  if (stored !== state.size) out.add(`The ${bplus ? 'leaves hold' : 'tree holds'} ${stored} keys but size says ${state.size}.`);

  if (bplus) {
    for (let i = 0; i < leaves.length; i++) {
      const want = i + 1 < leaves.length ? leaves[i + 1].id : null;
      if (leaves[i].next !== want) {
        out.add(
          `The leaf chain is broken: leaf ${show(leaves[i])} links to ${leaves[i].next ?? 'nothing'} instead of ${want === null ? 'nothing (it is the last leaf)' : `the next leaf ${show(leaves[i + 1])}`}.`,
        );
        break;
      }
    }
  }
  return [...out];
}
