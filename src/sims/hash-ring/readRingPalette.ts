import type { RingPalette } from './drawRing';

const SLOTS = [1, 2, 3, 4, 5, 6, 7, 8];

/** The theme's colours as seen from `el` (the same variables the SVG layers use). */
export function readRingPalette(el: Element): RingPalette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const muted = v('--muted', 'gray');
  return { slots: SLOTS.map((i) => v(`--c${i}`, muted)), muted, panel: v('--panel', 'white') };
}

/** The theme's animation length (--anim) in ms: 0 when the user prefers reduced motion. */
export function readAnimMs(el: Element): number {
  const raw = getComputedStyle(el).getPropertyValue('--anim').trim();
  const n = parseFloat(raw);
  if (!Number.isFinite(n)) return 0;
  return raw.endsWith('ms') ? n : raw.endsWith('s') ? n * 1000 : n;
}
