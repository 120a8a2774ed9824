import { describe, expect, it } from 'vitest';
import { drawRing, type RingPalette, type RingScene } from './drawRing';

/** A 2D context that records what is stroked and filled, with which colour and alpha, and how many sub-paths. */
function recorder() {
  const log: string[] = [];
  let segments = 0;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    globalAlpha: 1,
    lineWidth: 1,
    lineCap: 'butt',
    setTransform() {},
    clearRect() {},
    beginPath() {
      segments = 0;
    },
    moveTo() {
      segments++;
    },
    lineTo() {},
    arc() {},
    stroke() {
      log.push(`stroke ${ctx.strokeStyle} ×${segments} α${ctx.globalAlpha}`);
    },
    fill() {
      log.push(`fill ${ctx.fillStyle} ×${segments} α${ctx.globalAlpha}`);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, log };
}

const palette: RingPalette = { slots: ['red', 'green', 'blue'], muted: 'grey', panel: 'white' };
const scene: RingScene = {
  points: [
    { hash: 10, node: 'a', vnode: 0 },
    { hash: 20, node: 'b', vnode: 0 },
    { hash: 30, node: 'a', vnode: 1 },
  ],
  slots: new Map([
    ['a', 0],
    ['b', 4],
  ]),
  skipNode: null,
  keys: [
    { key: 'k1', hash: 5, node: 'a' },
    { key: 'k2', hash: 15, node: 'b' },
    { key: 'k3', hash: 25, node: 'a' },
    { key: 'k4', hash: 35, node: null },
  ],
  skipKeys: new Set(),
};

describe('drawRing', () => {
  it('strokes one path of ticks per node and fills one path of dots per colour', () => {
    const { ctx, log } = recorder();
    drawRing(ctx, 364, scene, palette, null);
    // Slot 4 wraps to the palette's slot 1 (green); keys with no owner are muted.
    expect(log).toEqual([
      'stroke red ×2 α1',
      'stroke green ×1 α1',
      'fill red ×2 α1',
      'stroke white ×2 α1',
      'fill green ×1 α1',
      'stroke white ×1 α1',
      'fill grey ×1 α1',
      'stroke white ×1 α1',
    ]);
  });

  it('leaves out a leaving node and the keys the SVG layer draws', () => {
    const { ctx, log } = recorder();
    drawRing(ctx, 364, { ...scene, skipNode: 'a', skipKeys: new Set(['k1', 'k3', 'k4']) }, palette, null);
    expect(log).toEqual(['stroke green ×1 α1', 'fill green ×1 α1', 'stroke white ×1 α1']);
  });

  it('cross-fades a re-owned key and fades a new one in, on top of the settled dots', () => {
    const { ctx, log } = recorder();
    drawRing(ctx, 364, scene, palette, { t: 0.25, from: new Map([['k2', 'red']]), fadeIn: new Set(['k4']) });
    expect(log.filter((l) => l.startsWith('fill'))).toEqual([
      'fill red ×2 α1',
      'fill red ×1 α1',
      'fill green ×1 α0.25',
      'fill grey ×1 α0.25',
    ]);
  });
});
