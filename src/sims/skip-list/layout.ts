import type { TowerNode } from './model/types';

/**
 * State → coordinates for the classic skip-list picture (pure, tested with
 * numbers). Columns: the head is column −1, node i is column i, NIL is
 * column n. Rows: level 1 at the bottom.
 */
export interface Geometry {
  colW: number;
  cellW: number;
  rowH: number;
  rows: number;
  pad: number;
  top: number;
  width: number;
  height: number;
  n: number;
}

export const LABEL_H = 22;

export function geometry(n: number, rows: number, colW: number, maxPictureH = 420): Geometry {
  const r = Math.max(1, rows);
  const rowH = Math.max(11, Math.min(26, Math.floor((maxPictureH - LABEL_H - 16) / r)));
  const cellW = Math.max(4, Math.round(colW * 0.62));
  const pad = 8;
  const top = 8;
  return {
    colW,
    cellW,
    rowH,
    rows: r,
    pad,
    top,
    width: pad * 2 + (n + 2) * colW,
    height: top + r * rowH + LABEL_H + 4,
    n,
  };
}

/** Centre x of column c (−1 = head, n = NIL). */
export const xOf = (g: Geometry, c: number): number => g.pad + (c + 1) * g.colW + g.colW / 2;
/** Centre y of level l (1-based). */
export const yOf = (g: Geometry, l: number): number => g.top + (g.rows - l) * g.rowH + g.rowH / 2;

/** Top edge and height of a node's cell on level l (cells leave a 1.5 px gap above and below). */
export function cellBox(g: Geometry, l: number): { y: number; h: number } {
  return { y: yOf(g, l) - g.rowH / 2 + 1.5, h: g.rowH - 3 };
}

/**
 * A tower's cells on levels from..to as one SVG path of rounded boxes, x from
 * 0 to cellW: one element per tower instead of one per cell keeps the style
 * recalc small when a scroll brings a new window of towers in.
 */
export function towerPath(g: Geometry, from: number, to: number): string {
  const w = g.cellW;
  const r = Math.min(2, w / 2);
  let d = '';
  for (let l = from; l <= to; l++) {
    const { y, h } = cellBox(g, l);
    d += `M0,${y + r}a${r},${r} 0 0 1 ${r},${-r}h${w - 2 * r}a${r},${r} 0 0 1 ${r},${r}v${h - 2 * r}a${r},${r} 0 0 1 ${-r},${r}h${2 * r - w}a${r},${r} 0 0 1 ${-r},${-r}z`;
  }
  return d;
}

/** A forward pointer of length len as one path from (0, 0): the line, then the arrowhead at its end. */
export const linkPath = (len: number): string => `M0,0H${len}M${len},0l-6,-3.5v7z`;

/** Columns to draw for a viewport (plus some overscan), clamped to [−1, n]. */
export function visibleColumns(g: Geometry, scrollLeft: number, viewW: number, overscan = 4): [number, number] {
  const first = Math.floor((scrollLeft - g.pad) / g.colW) - 1 - overscan;
  const lastCol = Math.ceil((scrollLeft + viewW - g.pad) / g.colW) - 1 + overscan;
  return [Math.max(-1, first), Math.min(g.n, lastCol)];
}

/** Index of `key` in ascending `nodes`, or −1 (binary search). */
export function indexOfKey(nodes: readonly TowerNode[], key: number): number {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = nodes[mid].key;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** First index in ascending `keys` whose key is ≥ `key` (or > `key` when `strict`). */
function bound(keys: readonly number[], key: number, strict: boolean): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < key || (strict && keys[mid] === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface LinkGeom {
  level: number;
  /** Column of the source (−1 = head). */
  from: number;
  /** Column of the target (n = NIL). */
  to: number;
  /** Index of this link on its level (0 = from the head), to look up its span. */
  k: number;
}

/**
 * The forward pointers that touch columns [c0, c1], level by level, read off
 * `levelKeys` (binary search, so a 100,000-node list costs only what is seen).
 */
export function linksInView(nodes: readonly TowerNode[], levelKeys: readonly (readonly number[])[], c0: number, c1: number): LinkGeom[] {
  const n = nodes.length;
  const out: LinkGeom[] = [];
  const loKey = c0 <= 0 ? -Infinity : nodes[Math.min(c0, n - 1)].key;
  const hiKey = c1 >= n - 1 ? Infinity : nodes[Math.max(c1, 0)].key;
  for (let l = 1; l <= levelKeys.length; l++) {
    const keys = levelKeys[l - 1];
    // Link k leaves keys[k-1] (the head when k = 0) and reaches keys[k] (NIL when k = keys.length);
    // it touches the window when it starts at or before hiKey and ends at or after loKey.
    const kStart = loKey === -Infinity ? 0 : bound(keys, loKey, false);
    const kEnd = hiKey === Infinity ? keys.length : bound(keys, hiKey, true);
    for (let k = kStart; k <= kEnd; k++) {
      const from = k === 0 ? -1 : indexOfKey(nodes, keys[k - 1]);
      const to = k === keys.length ? n : indexOfKey(nodes, keys[k]);
      out.push({ level: l, from, to, k });
    }
  }
  return out;
}
