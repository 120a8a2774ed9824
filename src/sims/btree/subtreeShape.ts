import type { BNode } from './types';

/**
 * The tidy-tree layout of one subtree, relative to its root's centre: where
 * each child's centre goes and the subtree's left and right outline (its
 * contour) on every level. Reingold–Tilford places subtrees side by side as
 * close as their contours allow; a subtree's shape depends only on its own
 * nodes, so it is computed once per node object and cell width. Frames share
 * unchanged subtrees by identity, so a new frame lays out only the nodes on
 * the changed paths, and a 10^5-key tree is laid out in one linear pass.
 *
 * For a B-tree (all leaves on one level) this gives the same coordinates as
 * d3-hierarchy's `tree()`: every subtree reaches the bottom level, so a
 * subtree only ever meets its immediate left sibling and Walker's spreading
 * of shifts over intermediate siblings never applies.
 */
export interface SubtreeShape {
  /** Width of the root's box. */
  w: number;
  /** Centre of child i relative to the root's centre. */
  offsets: readonly number[];
  /** Leftmost and rightmost box edge on each level (0 = the root's level), relative to the root's centre. */
  left: readonly number[];
  right: readonly number[];
}

export interface ShapeRules {
  /** Box width of a node. */
  width(n: BNode): number;
  /** Clear space between boxes of siblings, and of other neighbours on a level. */
  siblingGap: number;
  cousinGap: number;
}

const NO_OFFSETS: readonly number[] = [];

interface Cache {
  /** Internal nodes, by object. */
  internal: WeakMap<BNode, SubtreeShape>;
  /** Leaves, by width: most nodes are leaves, and a leaf's shape is its box. */
  leaves: Map<number, SubtreeShape>;
}

/** Shapes per rules object (one per cell width). */
const caches = new WeakMap<ShapeRules, Cache>();

export function subtreeShape(n: BNode, rules: ShapeRules): SubtreeShape {
  let cache = caches.get(rules);
  if (!cache) caches.set(rules, (cache = { internal: new WeakMap(), leaves: new Map() }));
  return shapeOf(n, rules, cache);
}

function shapeOf(n: BNode, rules: ShapeRules, cache: Cache): SubtreeShape {
  const w = rules.width(n);
  let shape: SubtreeShape | undefined;
  if (n.children.length === 0) {
    shape = cache.leaves.get(w);
    if (!shape) cache.leaves.set(w, (shape = { w, offsets: NO_OFFSETS, left: [-w / 2], right: [w / 2] }));
    return shape;
  }
  shape = cache.internal.get(n);
  if (shape) return shape;
  // Contours are built one level down (index d + 1 for a child's level d); index 0 is filled with this node's box at the end.
  const kids = n.children;
  const first = shapeOf(kids[0], rules, cache);
  const left = [0, ...first.left];
  const right = [0, ...first.right];
  // Place the children left to right, each as far left as the contour of those before it allows.
  const offsets: number[] = [0];
  for (let i = 1; i < kids.length; i++) {
    const k = shapeOf(kids[i], rules, cache);
    let x = -Infinity;
    const levels = Math.min(right.length - 1, k.left.length);
    for (let d = 0; d < levels; d++) x = Math.max(x, right[d + 1] - k.left[d] + (d === 0 ? rules.siblingGap : rules.cousinGap));
    offsets.push(x);
    for (let d = 0; d < k.right.length; d++) {
      if (d + 1 < right.length) {
        right[d + 1] = Math.max(right[d + 1], x + k.right[d]);
        left[d + 1] = Math.min(left[d + 1], x + k.left[d]);
      } else {
        right.push(x + k.right[d]);
        left.push(x + k.left[d]);
      }
    }
  }
  // The parent is centred between its first and last child.
  const mid = offsets[offsets.length - 1] / 2;
  for (let i = 0; i < offsets.length; i++) offsets[i] -= mid;
  for (let d = 1; d < left.length; d++) {
    left[d] -= mid;
    right[d] -= mid;
  }
  left[0] = -w / 2;
  right[0] = w / 2;
  shape = { w, offsets, left, right };
  cache.internal.set(n, shape);
  return shape;
}
