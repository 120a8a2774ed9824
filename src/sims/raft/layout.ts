/**
 * Where the servers sit in the cluster graph (pure: state → coordinates).
 * A whole network is one ring; a partition draws each group as its own
 * island. Wide screens put islands side by side; narrow ones stack them, so
 * servers stay large enough to read on a phone.
 */
export const NODE_SIZE = 84;

export type Orientation = 'wide' | 'tall';

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GroupBox extends Rect {
  id: string;
  members: string[];
}

export interface ClusterLayout {
  /** The whole drawing (fit to the container). */
  box: { width: number; height: number };
  /** Centre of each server. */
  centers: Record<string, Point>;
  groups: GroupBox[];
}

const GAP = 20;
/** Room for a group's label above its servers. */
const LABEL = 26;

export function orientationFor(containerWidth: number): Orientation {
  return containerWidth < 560 ? 'tall' : 'wide';
}

function ring(ids: readonly string[], cx: number, cy: number, r: number): Record<string, Point> {
  const out: Record<string, Point> = {};
  ids.forEach((id, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / ids.length;
    out[id] = ids.length === 1 ? { x: cx, y: cy } : { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
  return out;
}

const SLOT = NODE_SIZE + 12;

/** Servers inside a rectangle: a ring when it is roomy enough, else a grid of `cols` columns. */
function placeIn(members: readonly string[], rect: Rect, cols: number): Record<string, Point> {
  const k = members.length;
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const r = Math.min(rect.width, rect.height) / 2 - NODE_SIZE / 2 - 8;
  if (k >= 3 && r > 0 && 2 * r * Math.sin(Math.PI / k) >= NODE_SIZE + 12) return ring(members, cx, cy, r);
  const rows = Math.ceil(k / cols);
  const cellW = rect.width / cols;
  const cellH = rect.height / rows;
  const out: Record<string, Point> = {};
  members.forEach((id, i) => {
    // A single column zigzags a little, so a link never runs straight through the server between;
    // So does a single row, up and down.
    const sign = i % 2 === 0 ? -1 : 1;
    const zigX = cols === 1 && k >= 3 ? sign * Math.min(36, (cellW - NODE_SIZE) / 2) : 0;
    const zigY = rows === 1 && k >= 3 ? sign * Math.min(24, (cellH - NODE_SIZE) / 2) : 0;
    out[id] = { x: rect.x + cellW * ((i % cols) + 0.5) + zigX, y: rect.y + cellH * (Math.floor(i / cols) + 0.5) + zigY };
  });
  return out;
}

const round = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });

function chunk<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

export function clusterLayout(ids: readonly string[], partition: readonly (readonly string[])[] | null, orientation: Orientation = 'wide'): ClusterLayout {
  const centers: Record<string, Point> = {};
  if (partition === null || partition.length < 2) {
    const box = orientation === 'wide' ? { width: 640, height: 420 } : { width: 400, height: 420 };
    const pts = ring(ids, box.width / 2, box.height / 2, Math.min(box.width, box.height) / 2 - NODE_SIZE / 2 - 6);
    for (const id of ids) centers[id] = round(pts[id]);
    return { box, centers, groups: [] };
  }
  const k = partition.length;
  const wide = orientation === 'wide';
  const baseWidth = wide ? 640 : 400;
  const gCols = wide ? (k <= 4 ? k : Math.ceil(k / 2)) : k <= 3 ? 1 : 2;
  const rows = chunk(partition, gCols);
  const groups: GroupBox[] = [];
  let y = 0;
  let width = baseWidth;
  // Wide: fixed row height, group widths in proportion to the columns of servers they need.
  // Tall: equal widths, row height grown to the rows of servers they need.
  const laid = rows.map((row) => {
    if (wide) {
      const h = rows.length === 1 ? 420 : 220;
      const fitRows = Math.max(1, Math.floor((h - LABEL) / SLOT));
      const cols = row.map((g) => Math.ceil(g.length / fitRows));
      const unit = Math.max(SLOT, (baseWidth - GAP * (row.length - 1)) / cols.reduce((a, b) => a + b, 0));
      return { h, cols, widths: cols.map((c) => c * unit) };
    }
    const w = (baseWidth - GAP * (row.length - 1)) / row.length;
    const fitCols = Math.max(1, Math.floor(w / SLOT));
    const cols = row.map((g) => Math.min(g.length, fitCols));
    const h = Math.max(150, LABEL + 8 + Math.max(...row.map((g, i) => Math.ceil(g.length / cols[i]))) * SLOT);
    return { h, cols, widths: row.map(() => w) };
  });
  laid.forEach((l, ri) => {
    let x = 0;
    rows[ri].forEach((members, i) => {
      const rect = { x, y, width: l.widths[i], height: l.h };
      const pts = placeIn(members, { x: rect.x, y: rect.y + LABEL, width: rect.width, height: rect.height - LABEL }, l.cols[i]);
      for (const id of members) centers[id] = round(pts[id]);
      groups.push({ id: `group-${groups.length}`, members: [...members], x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) });
      x += l.widths[i] + GAP;
    });
    width = Math.max(width, x - GAP);
    y += l.h + GAP;
  });
  return { box: { width: Math.round(width), height: Math.round(y - GAP) }, centers, groups };
}

/** Where a message is at time `t`: a fraction of the way from sender to receiver, in [0, 1]. */
export function progressAt(m: { sentAt: number; deliverAt: number }, t: number): number {
  if (m.deliverAt <= m.sentAt) return 1;
  return Math.min(1, Math.max(0, (t - m.sentAt) / (m.deliverAt - m.sentAt)));
}

/** Remaining fraction of a timer at time `t` (1 just set, 0 firing). */
export function timerLeft(alarm: { at: number; setAt: number } | null, t: number): number | null {
  if (!alarm) return null;
  if (alarm.at <= alarm.setAt) return 0;
  return Math.min(1, Math.max(0, (alarm.at - t) / (alarm.at - alarm.setAt)));
}
