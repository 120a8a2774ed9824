/**
 * Where the servers sit in the cluster graph (pure: state → coordinates).
 * A whole network is one ring; a partition puts each group in its own column,
 * far enough apart to read as separate islands.
 */
export const NODE_SIZE = 84;
export const BOX = { width: 640, height: 420 };

export interface Point {
  x: number;
  y: number;
}

export interface GroupBox {
  id: string;
  members: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ClusterLayout {
  /** Centre of each server. */
  centers: Record<string, Point>;
  groups: GroupBox[];
}

function ring(ids: readonly string[], cx: number, cy: number, r: number, start = -Math.PI / 2): Record<string, Point> {
  const out: Record<string, Point> = {};
  if (ids.length === 1) out[ids[0]] = { x: cx, y: cy };
  else ids.forEach((id, i) => (out[id] = { x: cx + r * Math.cos(start + (2 * Math.PI * i) / ids.length), y: cy + r * Math.sin(start + (2 * Math.PI * i) / ids.length) }));
  return out;
}

const round = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });

export function clusterLayout(ids: readonly string[], partition: readonly (readonly string[])[] | null): ClusterLayout {
  if (partition === null || partition.length < 2) {
    const centers = ring(ids, BOX.width / 2, BOX.height / 2, Math.min(BOX.width, BOX.height) / 2 - NODE_SIZE / 2 - 6);
    for (const id of ids) centers[id] = round(centers[id]);
    return { centers, groups: [] };
  }
  const gap = 24;
  const colW = (BOX.width - gap * (partition.length - 1)) / partition.length;
  const centers: Record<string, Point> = {};
  const groups: GroupBox[] = partition.map((members, gi) => {
    const x = gi * (colW + gap);
    const pts = placeGroup(members, x, colW);
    for (const id of members) centers[id] = round(pts[id]);
    return { id: `group-${gi}`, members: [...members], x: Math.round(x), y: 0, width: Math.round(colW), height: BOX.height };
  });
  return { centers, groups };
}

/** Servers of one group: a ring when it is roomy enough, else a grid of up to three rows. */
function placeGroup(members: readonly string[], x: number, colW: number): Record<string, Point> {
  const top = 30;
  const cx = x + colW / 2;
  const cy = top + (BOX.height - top) / 2;
  const k = members.length;
  const r = Math.min(colW / 2 - NODE_SIZE / 2 - 8, (BOX.height - top) / 2 - NODE_SIZE / 2 - 8);
  if (k >= 3 && r > 0 && 2 * r * Math.sin(Math.PI / k) >= NODE_SIZE + 12) return ring(members, cx, cy, r);
  const cols = Math.ceil(k / 3);
  const rows = Math.ceil(k / cols);
  const cellW = colW / cols;
  const cellH = (BOX.height - top) / rows;
  const out: Record<string, Point> = {};
  members.forEach((id, i) => {
    // A single column zigzags a little, so a link never runs straight through the server between.
    const zig = cols === 1 && k >= 3 ? (i % 2 === 0 ? -1 : 1) * Math.min(36, cellW / 6) : 0;
    out[id] = { x: x + cellW * ((i % cols) + 0.5) + zig, y: top + cellH * (Math.floor(i / cols) + 0.5) };
  });
  return out;
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
