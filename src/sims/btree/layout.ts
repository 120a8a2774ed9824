import { hierarchy, tree as tidyTree } from 'd3-hierarchy';
import type { BNode } from './types';

/**
 * Tidy tree layout (Reingold–Tilford via d3-hierarchy's `tree()` with
 * nodeSize) of a B-tree whose nodes are boxes of key cells. Pure: state in,
 * numbers out; the view only maps them to SVG.
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

export interface TreeLayout {
  nodes: NodeBox[];
  cells: KeyCell[];
  edges: Edge[];
  /** B+ leaf links, left leaf to right leaf. */
  links: Edge[];
  cellW: number;
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

/** Cell width that fits the longest key (monospace digits ≈ 7.5 px at 12 px). */
export function cellWidthFor(root: BNode | null): number {
  let digits = 1;
  const walk = (n: BNode): void => {
    for (const k of n.keys) digits = Math.max(digits, String(k).length);
    for (const c of n.children) walk(c);
  };
  if (root) walk(root);
  return Math.max(24, Math.ceil(digits * 7.5 + 10));
}

export function cellId(value: number, leaf: boolean, bplus: boolean): string {
  return bplus ? `${leaf ? 'l' : 's'}${value}` : `k${value}`;
}

const width = (n: BNode, cellW: number): number => Math.max(1, n.keys.length) * cellW + 2 * PAD;

export function layoutTree(root: BNode | null, bplus: boolean): TreeLayout {
  const cellW = cellWidthFor(root);
  const out: TreeLayout = { nodes: [], cells: [], edges: [], links: [], cellW, bounds: { x0: 0, y0: 0, x1: 0, y1: 0 } };
  if (!root) return out;
  const h = hierarchy(root, (d) => d.children);
  // nodeSize x = 1, so separation is in pixels: half of each box plus a gap.
  tidyTree<BNode>()
    .nodeSize([1, LEVEL])
    .separation((a, b) => (width(a.data, cellW) + width(b.data, cellW)) / 2 + (a.parent === b.parent ? SIBLING_GAP : COUSIN_GAP))(h);

  const byId = new Map<number, NodeBox>();
  let x0 = Infinity;
  let x1 = -Infinity;
  let y1 = 0;
  h.each((d) => {
    const n = d.data;
    const w = width(n, cellW);
    const box: NodeBox = { id: n.id, x: (d.x ?? 0) - w / 2, y: d.y ?? 0, w, depth: d.depth, leaf: n.children.length === 0, keys: n.keys };
    if (n.next !== undefined) box.next = n.next;
    out.nodes.push(box);
    byId.set(n.id, box);
    x0 = Math.min(x0, box.x);
    x1 = Math.max(x1, box.x + w);
    y1 = Math.max(y1, box.y + NODE_H);
    n.keys.forEach((k, j) => {
      out.cells.push({ id: cellId(k, box.leaf, bplus), value: k, nodeId: n.id, x: box.x + PAD + j * cellW, y: box.y + PAD });
    });
  });
  h.each((d) => {
    if (!d.parent) return;
    const p = byId.get(d.parent.data.id) as NodeBox;
    const c = byId.get(d.data.id) as NodeBox;
    const i = d.parent.data.children.indexOf(d.data);
    // A child hangs from the boundary between keys[i-1] and keys[i] of its parent.
    out.edges.push({ id: `${p.id}-${c.id}`, x1: p.x + PAD + i * cellW, y1: p.y + NODE_H, x2: c.x + c.w / 2, y2: c.y });
  });
  for (const b of out.nodes) {
    if (b.leaf && b.next != null) {
      const to = byId.get(b.next);
      if (to) out.links.push({ id: `${b.id}>${to.id}`, x1: b.x + b.w, y1: b.y + NODE_H / 2, x2: to.x, y2: to.y + NODE_H / 2 });
    }
  }
  out.bounds = { x0, y0: 0, x1, y1 };
  return out;
}

export interface TreeStats {
  height: number;
  nodes: number;
  keys: number;
  /** Keys stored / (nodes × (m - 1)), from 0 to 1. */
  fill: number;
}

export function treeStats(root: BNode | null, order: number): TreeStats {
  let nodes = 0;
  let keys = 0;
  let height = 0;
  const walk = (n: BNode, depth: number): void => {
    nodes++;
    keys += n.keys.length;
    height = Math.max(height, depth + 1);
    for (const c of n.children) walk(c, depth + 1);
  };
  if (root) walk(root, 0);
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
