import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { useElementWidth } from '../../ui/useElementWidth';
import { useThemeVersion } from '../../ui/useThemeVersion';
import { drawRing, slotColor, type RingPalette, type RingScene } from './drawRing';
import { ownerChanges } from './ownerChanges';
import { readAnimMs, readRingPalette } from './readRingPalette';
import type { RingKey, RingNode, RingPoint } from './types';

const NO_KEYS: ReadonlySet<string> = new Set<string>();

interface Props {
  nodes: readonly RingNode[];
  points: readonly RingPoint[];
  /** A leaving node: its ticks are drawn by the SVG layer, dashed. */
  skipNode: string | null;
  /** Keys to draw as dots (empty when the ring shows a density band instead). */
  keys: readonly RingKey[];
  /** Keys the SVG layer draws (moved or highlighted ones). */
  skipKeys: ReadonlySet<string>;
  /** Keys just added: they fade in. */
  fadeIn: ReadonlySet<string>;
}

interface Drawn {
  keys: readonly RingKey[];
  slots: ReadonlyMap<string, number>;
  fadeIn: ReadonlySet<string>;
  points: readonly RingPoint[];
  skipNode: string | null;
  skipKeys: ReadonlySet<string>;
  px: number;
  look: string;
  /** The picture on the canvas is the final one (no fade cut short). */
  complete: boolean;
}

const easeOut = (t: number) => 1 - (1 - t) * (1 - t);

/** "cache-a:30 cache-b:41": keys drawn per owner, in join order (what tests read instead of counting elements). */
function ownerCounts(nodes: readonly RingNode[], keys: readonly RingKey[], skip: ReadonlySet<string>): { total: number; text: string } {
  const count = new Map<string | null, number>();
  let total = 0;
  for (const k of keys) {
    if (skip.has(k.key)) continue;
    count.set(k.node, (count.get(k.node) ?? 0) + 1);
    total++;
  }
  const parts = nodes.filter((n) => count.has(n.id)).map((n) => `${n.id}:${count.get(n.id)}`);
  if (count.has(null)) parts.push(`none:${count.get(null)}`);
  return { total, text: parts.join(' ') };
}

/**
 * The ring's dense layer: every point as a tick and every key as a dot, on
 * one canvas instead of thousands of SVG elements (which cost the browser
 * ~100 ms of style, layout and layerizing whenever they changed). Sharp at
 * any devicePixelRatio, redrawn on resize and theme change; owner changes
 * cross-fade and new keys fade in over the theme's animation time, as the
 * SVG dots' transitions did.
 */
export const RingCanvas = memo(function RingCanvas({ nodes, points, skipNode, keys, skipKeys, fadeIn }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(ref);
  const theme = useThemeVersion();
  const slots = useMemo(() => new Map(nodes.map((n) => [n.id, n.color])), [nodes]);
  const drawn = useRef<Drawn | null>(null);
  const look = useRef<{ key: string; palette: RingPalette; anim: number } | null>(null);

  useLayoutEffect(() => {
    const canvas = ref.current;
    // A CPU-backed canvas: it is redrawn only when the ring changes. With a
    // GPU-backed one, headless Chromium without a GPU (the bench) spent 20–100 ms
    // in the compositor commit after redraws, while the ring's nodes joined.
    const ctx = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !ctx || width === null) return;
    const px = Math.max(1, Math.round(width * (window.devicePixelRatio || 1)));
    if (canvas.width !== px) {
      canvas.width = px;
      canvas.height = px;
    }
    // Resolved once per theme and motion preference: getComputedStyle here would restyle the page on every redraw.
    const key = `${theme}:${window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false}`;
    if (look.current?.key !== key) look.current = { key, palette: readRingPalette(canvas), anim: readAnimMs(canvas) };
    const { palette, anim } = look.current;
    const scene: RingScene = { points, slots, skipNode, keys, skipKeys };

    // Animate only what changed since the last drawing (not a resize or a theme
    // switch). A first drawing (a link opened on this frame) has nothing to
    // fade from: it is drawn once. So is a ring whose keys are a density band
    // (no dots on the canvas): its ticks would be redrawn unchanged.
    const prev = drawn.current;
    const next: Drawn = { keys, slots, fadeIn, points, skipNode, skipKeys, px, look: key, complete: false };
    drawn.current = next;
    const fading = prev !== null && keys.length > 0 && fadeIn.size > 0 && prev.fadeIn !== fadeIn ? fadeIn : NO_KEYS;
    // Only the fade-in set changed (the frame after keys were added) and nothing fades now: the canvas already
    // shows this picture. Redrawing it would cost the same raster again (~20 ms at 2,560 points and 1,000 keys).
    const samePicture =
      prev !== null &&
      prev.complete &&
      prev.keys === keys &&
      prev.slots === slots &&
      prev.points === points &&
      prev.skipNode === skipNode &&
      prev.skipKeys === skipKeys &&
      prev.px === px &&
      prev.look === key;
    if (samePicture && fading.size === 0) {
      next.complete = true;
      return;
    }
    const from = new Map<string, string>();
    if (prev && prev.keys !== keys) {
      for (const [k, owner] of ownerChanges(prev.keys, keys)) {
        if (!skipKeys.has(k)) from.set(k, slotColor(palette, owner === null ? undefined : prev.slots.get(owner)));
      }
    }
    // The SVG dots' colour transition took --anim; the new-key pop took twice that.
    const duration = fading.size > 0 ? anim * 2 : anim;
    // How many pictures this canvas has started (tests read it to check that unchanged frames are not redrawn).
    canvas.dataset.draws = String(Number(canvas.dataset.draws ?? 0) + 1);
    if ((from.size === 0 && fading.size === 0) || duration <= 0) {
      drawRing(ctx, px, scene, palette, null);
      next.complete = true;
      return;
    }
    let raf = 0;
    const start = performance.now();
    const frame = (now: number) => {
      const t = Math.min(1, Math.max(0, (now - start) / duration));
      drawRing(ctx, px, scene, palette, t < 1 ? { t: easeOut(t), from, fadeIn: fading } : null);
      if (t < 1) raf = requestAnimationFrame(frame);
      else next.complete = true;
    };
    frame(start);
    return () => cancelAnimationFrame(raf);
  }, [width, theme, points, slots, skipNode, keys, skipKeys, fadeIn]);

  const owners = useMemo(() => ownerCounts(nodes, keys, skipKeys), [nodes, keys, skipKeys]);
  const drawnPoints = skipNode === null ? points.length : points.reduce((n, p) => n + (p.node === skipNode ? 0 : 1), 0);
  return (
    <canvas
      ref={ref}
      className="hr-ring-canvas"
      aria-hidden="true"
      data-points={drawnPoints}
      data-keys={owners.total}
      data-owners={owners.text}
    />
  );
});
