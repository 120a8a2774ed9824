import { subtreeShape, type ShapeRules } from './subtreeShape';
import type { BNode } from './types';

/**
 * Tidy tree layout (Reingold–Tilford, as d3-hierarchy's `tree()` with
 * nodeSize) of a B-tree whose nodes are boxes of key cells. Pure: state in,
 * numbers out; the view only maps them to SVG. Subtree shapes are memoised
 * per node object (see subtreeShape.ts), and key cells, edges and leaf links
 * are derived only for the boxes a view draws.
 */

export const CELL_H = 24;
export const PAD = 3;
export const NODE_H = CELL_H + 2 * PAD;
export const LEVEL = 78;
const SIBLING_GAP = 12;
const COUSIN_GAP = 26;

export interface NodeBox {
  id: number;
  /** Top-left corner. */
  x: number;
  y: number;
  w: number;
  depth: number;
  leaf: boolean;
  keys: number[];
  next?: number | null;
  parent: NodeBox | null;
  /** Which child of its parent this is (0 for the root). */
  slot: number;
  kids: NodeBox[];
}

export interface KeyCell {
  /** Stable identity across frames: the key value, and for B+ whether it is a leaf key or a separator copy. */
  id: string;
  value: number;
  nodeId: number;
  /** Top-left corner. */
  x: number;
  y: number;
}

export interface Edge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A parent-to-child edge, with its end boxes. */
export interface TreeEdge extends Edge {
  parent: NodeBox;
  child: NodeBox;
}

export interface TreeLayout {
  /** The tree laid out. */
  root: BNode | null;
  /** Level by level, left to right. */
  nodes: NodeBox[];
  byId: ReadonlyMap<number, NodeBox>;
  bplus: boolean;
  cellW: number;
  /** Deepest level (0 for a lone root). */
  depth: number;
  /** Key cells in all boxes. */
  cellCount: number;
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

/** Characters of an integer key, as String(k).length. */
function digitsOf(k: number): number {
  let d = k < 0 ? 2 : 1;
  for (let a = Math.abs(k); a >= 10; a = Math.floor(a / 10)) d++;
  return d;
}

/** What the view needs to know of a whole subtree besides its layout. */
interface Summary {
  /** Longest key, in characters. */
  digits: number;
  height: number;
  nodes: number;
  keys: number;
}

/** Summaries of internal nodes, memoised: frames share unchanged subtrees. */
const summaries = new WeakMap<BNode, Summary>();
function summary(n: BNode): Summary {
  let s = summaries.get(n);
  if (s) return s;
  let lo = 0;
  let hi = 0;
  for (const k of n.keys) {
    lo = Math.min(lo, k);
    hi = Math.max(hi, k);
  }
  s = { digits: Math.max(digitsOf(lo), digitsOf(hi)), height: 1, nodes: 1, keys: n.keys.length };
  if (n.children.length === 0) return s;
  for (const c of n.children) {
    const t = summary(c);
    s.digits = Math.max(s.digits, t.digits);
    s.height = Math.max(s.height, t.height + 1);
    s.nodes += t.nodes;
    s.keys += t.keys;
  }
  summaries.set(n, s);
  return s;
}

/** Cell width that fits the longest key (monospace digits ≈ 7.5 px at 12 px). */
export function cellWidthFor(root: BNode | null): number {
  return Math.max(24, Math.ceil((root ? summary(root).digits : 1) * 7.5 + 10));
}

export function cellId(value: number, leaf: boolean, bplus: boolean): string {
  return bplus ? `${leaf ? 'l' : 's'}${value}` : `k${value}`;
}

const width = (n: BNode, cellW: number): number => Math.max(1, n.keys.length) * cellW + 2 * PAD;

/** One rules object per cell width, so shapes memoised for it are found again. */
const rulesByCellW = new Map<number, ShapeRules>();
function rulesFor(cellW: number): ShapeRules {
  let r = rulesByCellW.get(cellW);
  if (!r) rulesByCellW.set(cellW, (r = { width: (n) => width(n, cellW), siblingGap: SIBLING_GAP, cousinGap: COUSIN_GAP }));
  return r;
}

const NO_KIDS: NodeBox[] = [];

export function layoutTree(root: BNode | null, bplus: boolean): TreeLayout {
  return layoutBuilder(root, bplus).run(() => true)!;
}

/** A layout computed in slices: `run(more)` works while `more()` is true and returns the layout once it is complete, else null. */
export interface LayoutBuilder {
  run(more: () => boolean): TreeLayout | null;
}

/** How many nodes a slice handles between two `more()` checks. */
const CHECK_EVERY = 256;

/**
 * The same layout as `layoutTree`, in resumable slices, so a page can lay a
 * 10^5-key tree out without one long task: (1) the internal nodes, breadth
 * first; (2) their summaries and (3) their subtree shapes, deepest first, so
 * every call finds its children's memoised; (4) the boxes, breadth first
 * from the root. Steps 2 and 3 only fill the memo tables (shared by frames
 * and by later builders), so an abandoned builder's work is kept.
 */
export function layoutBuilder(root: BNode | null, bplus: boolean): LayoutBuilder {
  const nodes: NodeBox[] = [];
  const byId = new Map<number, NodeBox>();
  const out: TreeLayout = { root, nodes, byId, bplus, cellW: 24, depth: 0, cellCount: 0, bounds: { x0: 0, y0: 0, x1: 0, y1: 0 } };
  if (!root) return { run: () => out };
  const internal: BNode[] = root.children.length ? [root] : [];
  let phase: 'scan' | 'summaries' | 'shapes' | 'place' = 'scan';
  let i = 0;
  let rules: ShapeRules | null = null;
  // Breadth first from the root's centre at x = 0, as d3's tree() with nodeSize; sources[q] is the node of nodes[q].
  const sources: BNode[] = [];
  const add = (n: BNode, cx: number, parent: NodeBox | null, slot: number): void => {
    const w = rules!.width(n);
    const depth = parent ? parent.depth + 1 : 0;
    const leaf = n.children.length === 0;
    const box: NodeBox = {
      id: n.id,
      x: cx - w / 2,
      y: depth * LEVEL,
      w,
      depth,
      leaf,
      keys: n.keys,
      parent,
      slot,
      kids: leaf ? NO_KIDS : [],
    };
    if (n.next !== undefined) box.next = n.next;
    if (parent) parent.kids.push(box);
    nodes.push(box);
    sources.push(n);
    byId.set(n.id, box);
  };
  let x0 = Infinity;
  let x1 = -Infinity;
  const run = (more: () => boolean): TreeLayout | null => {
    for (let budget = CHECK_EVERY; ; budget--) {
      if (budget === 0) {
        if (!more()) return null;
        budget = CHECK_EVERY;
      }
      if (phase === 'scan') {
        if (i < internal.length) {
          for (const c of internal[i++].children) if (c.children.length) internal.push(c);
          continue;
        }
        phase = 'summaries';
        i = internal.length;
      }
      if (phase === 'summaries') {
        if (i > 0) {
          summary(internal[--i]);
          continue;
        }
        out.cellW = cellWidthFor(root);
        rules = rulesFor(out.cellW);
        phase = 'shapes';
        i = internal.length;
      }
      if (phase === 'shapes') {
        if (i > 0) {
          subtreeShape(internal[--i], rules!);
          continue;
        }
        phase = 'place';
        add(root, 0, null, 0);
        i = 0;
      }
      if (i < nodes.length) {
        const box = nodes[i];
        const n = sources[i++];
        out.cellCount += n.keys.length;
        x0 = Math.min(x0, box.x);
        x1 = Math.max(x1, box.x + box.w);
        if (box.leaf) continue;
        const { offsets } = subtreeShape(n, rules!);
        const cx = box.x + box.w / 2;
        for (let c = 0; c < n.children.length; c++) add(n.children[c], cx + offsets[c], box, c);
        continue;
      }
      out.depth = nodes[nodes.length - 1].depth;
      out.bounds = { x0, y0: 0, x1, y1: out.depth * LEVEL + NODE_H };
      return out;
    }
  };
  return { run };
}

/** The key cells of these boxes, box by box, left to right. */
export function cellsOf(layout: TreeLayout, boxes: readonly NodeBox[]): KeyCell[] {
  const cells: KeyCell[] = [];
  for (const b of boxes) {
    b.keys.forEach((k, j) => {
      cells.push({ id: cellId(k, b.leaf, layout.bplus), value: k, nodeId: b.id, x: b.x + PAD + j * layout.cellW, y: b.y + PAD });
    });
  }
  return cells;
}

/** The edge from a parent to its child: the child hangs from the boundary between keys[slot-1] and keys[slot] of its parent. */
export function edgeOf(layout: TreeLayout, parent: NodeBox, child: NodeBox): TreeEdge {
  const x1 = parent.x + PAD + child.slot * layout.cellW;
  return { id: `${parent.id}-${child.id}`, x1, y1: parent.y + NODE_H, x2: child.x + child.w / 2, y2: child.y, parent, child };
}

/** Every edge with at least one end among these boxes, once each. */
export function edgesAround(layout: TreeLayout, boxes: readonly NodeBox[]): TreeEdge[] {
  const ids = new Set<number>();
  for (const b of boxes) ids.add(b.id);
  const edges: TreeEdge[] = [];
  for (const b of boxes) {
    if (b.parent) edges.push(edgeOf(layout, b.parent, b));
    for (const c of b.kids) if (!ids.has(c.id)) edges.push(edgeOf(layout, b, c));
  }
  return edges;
}

/** B+ leaf links leaving these boxes, left leaf to right leaf. */
export function linksFrom(layout: TreeLayout, boxes: readonly NodeBox[]): Edge[] {
  const links: Edge[] = [];
  for (const b of boxes) {
    const to = b.leaf && b.next != null ? layout.byId.get(b.next) : undefined;
    if (to) links.push({ id: `${b.id}>${to.id}`, x1: b.x + b.w, y1: b.y + NODE_H / 2, x2: to.x, y2: to.y + NODE_H / 2 });
  }
  return links;
}

export interface TreeStats {
  height: number;
  nodes: number;
  keys: number;
  /** Keys stored / (nodes × (m - 1)), from 0 to 1. */
  fill: number;
}

export function treeStats(root: BNode | null, order: number): TreeStats {
  const { height, nodes, keys } = root ? summary(root) : { height: 0, nodes: 0, keys: 0 };
  return { height, nodes, keys, fill: nodes ? keys / (nodes * (order - 1)) : 0 };
}

/** The zoom transform that fits `bounds` into a viewport, centred, never enlarging past `maxScale`. */
export function fitTransform(
  bounds: TreeLayout['bounds'],
  viewW: number,
  viewH: number,
  margin = 16,
  maxScale = 1.25,
): { x: number; y: number; k: number } {
  const w = Math.max(1, bounds.x1 - bounds.x0);
  const h = Math.max(1, bounds.y1 - bounds.y0);
  const k = Math.min(maxScale, (viewW - 2 * margin) / w, (viewH - 2 * margin) / h);
  return { k, x: (viewW - w * k) / 2 - bounds.x0 * k, y: (viewH - h * k) / 2 - bounds.y0 * k };
}

/** Nodes whose box meets the viewport (in layout coordinates), for virtualised rendering. */
export function visibleNodes(nodes: readonly NodeBox[], view: { x0: number; y0: number; x1: number; y1: number }): NodeBox[] {
  return nodes.filter((b) => b.x + b.w >= view.x0 && b.x <= view.x1 && b.y + NODE_H >= view.y0 && b.y <= view.y1);
}
