import { angleOf, KEY_R, TICK_IN, TICK_OUT, VIEW_HALF } from './ringGeometry';
import type { RingKey, RingPoint } from './types';

/** Theme colours, resolved (a canvas cannot use CSS variables). */
export interface RingPalette {
  /** --c1 … --c8, the node colour slots. */
  slots: readonly string[];
  muted: string;
  panel: string;
}

/** What the canvas layer draws: every point as a tick, keys as dots. */
export interface RingScene {
  points: readonly RingPoint[];
  /** Colour slot per node id, in join order. */
  slots: ReadonlyMap<string, number>;
  /** A node whose ticks the SVG layer draws instead (it is leaving). */
  skipNode: string | null;
  /** Keys drawn as dots (none past DOT_LIMIT, where the SVG layer draws a density band). */
  keys: readonly RingKey[];
  /** Keys the SVG layer draws instead (moved or highlighted ones). */
  skipKeys: ReadonlySet<string>;
}

/** A change being animated; `t` runs from 0 to 1. */
export interface RingMotion {
  t: number;
  /** Re-owned keys and the colour each fades from. */
  from: ReadonlyMap<string, string>;
  /** Keys fading in (just added). */
  fadeIn: ReadonlySet<string>;
}

const TICK_WIDTH = 1.5;
const DOT_R = 3;
const DOT_STROKE = 0.8;

export function slotColor(palette: RingPalette, slot: number | undefined): string {
  return slot === undefined ? palette.muted : palette.slots[slot % palette.slots.length];
}

/**
 * Draws the scene on a square canvas `px` device pixels wide, in the same
 * coordinates as the ring's SVG view box, so both layers line up at any size.
 * Same look as the SVG it replaces: 1.5-unit round ticks, dots of radius 3
 * with a panel-coloured rim.
 */
export function drawRing(
  ctx: CanvasRenderingContext2D,
  px: number,
  scene: RingScene,
  palette: RingPalette,
  motion: RingMotion | null,
): void {
  const scale = px / (2 * VIEW_HALF);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, px, px);
  ctx.setTransform(scale, 0, 0, scale, px / 2, px / 2);
  drawTicks(ctx, scene, palette);
  drawDots(ctx, scene, palette, motion);
}

function drawTicks(ctx: CanvasRenderingContext2D, scene: RingScene, palette: RingPalette): void {
  // One path per node, as the SVG had: points are sorted by hash, not by node.
  const byNode = new Map<string, number[]>();
  for (const p of scene.points) {
    if (p.node === scene.skipNode) continue;
    const list = byNode.get(p.node);
    if (list) list.push(p.hash);
    else byNode.set(p.node, [p.hash]);
  }
  ctx.lineWidth = TICK_WIDTH;
  ctx.lineCap = 'round';
  // In join order, as the SVG stacked them (the last node's ticks on top).
  for (const [node, slot] of scene.slots) {
    const hashes = byNode.get(node);
    if (!hashes) continue;
    ctx.beginPath();
    for (const h of hashes) {
      // polar() without its two arrays per tick (10,240 ticks at the large case).
      const a = angleOf(h);
      const sin = Math.sin(a);
      const cos = Math.cos(a);
      ctx.moveTo(TICK_IN * sin, -TICK_IN * cos);
      ctx.lineTo(TICK_OUT * sin, -TICK_OUT * cos);
    }
    ctx.strokeStyle = slotColor(palette, slot);
    ctx.stroke();
  }
}

function drawDots(ctx: CanvasRenderingContext2D, scene: RingScene, palette: RingPalette, motion: RingMotion | null): void {
  // One path per colour (a fill and a stroke each, not one per dot). Dots in
  // motion go on top: re-owned ones cross-fade from the old owner's colour,
  // new ones fade in.
  const settled = new Map<string, number[]>();
  const was = new Map<string, number[]>();
  const arriving = new Map<string, number[]>();
  scene.keys.forEach((k, i) => {
    if (scene.skipKeys.has(k.key)) return;
    const color = colorOf(scene, palette, k.node);
    const from = motion?.from.get(k.key);
    if (from !== undefined) {
      push(was, from, i);
      push(arriving, color, i);
    } else push(motion?.fadeIn.has(k.key) ? arriving : settled, color, i);
  });
  ctx.lineWidth = DOT_STROKE;
  ctx.strokeStyle = palette.panel;
  for (const [color, list] of settled) dots(ctx, scene.keys, list, color, 1);
  for (const [color, list] of was) dots(ctx, scene.keys, list, color, 1);
  for (const [color, list] of arriving) dots(ctx, scene.keys, list, color, motion?.t ?? 1);
  ctx.globalAlpha = 1;
}

function push(groups: Map<string, number[]>, color: string, i: number): void {
  const list = groups.get(color);
  if (list) list.push(i);
  else groups.set(color, [i]);
}

const colorOf = (scene: RingScene, palette: RingPalette, node: string | null) =>
  slotColor(palette, node === null ? undefined : scene.slots.get(node));

function dots(ctx: CanvasRenderingContext2D, keys: readonly RingKey[], list: readonly number[], fill: string, alpha: number): void {
  if (alpha <= 0) return;
  ctx.globalAlpha = alpha;
  ctx.beginPath();
  for (const i of list) {
    const a = angleOf(keys[i].hash);
    const x = KEY_R * Math.sin(a);
    const y = -KEY_R * Math.cos(a);
    ctx.moveTo(x + DOT_R, y);
    ctx.arc(x, y, DOT_R, 0, Math.PI * 2);
  }
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.stroke();
}
