import { hierarchy, tree as tidyTree } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import { CELL_H, LEVEL, NODE_H, PAD, cellsOf, cellWidthFor, edgesAround, fitTransform, layoutBuilder, layoutTree, linksFrom, treeStats, visibleNodes } from './layout';
import { frames, ins } from './testUtil';
import type { BNode } from './types';

const leaf = (id: number, keys: number[], next?: number | null): BNode => ({ id, keys, children: [], ...(next !== undefined ? { next } : {}) });
const small: BNode = { id: 1, keys: [2], children: [leaf(2, [1]), leaf(3, [3, 4])] };

describe('layoutTree', () => {
  const L = layoutTree(small, false);
  const box = (id: number) => L.nodes.find((n) => n.id === id)!;
  it('sizes boxes by key count and puts depth d at y = d × LEVEL', () => {
    expect(L.cellW).toBe(24);
    expect(box(1)).toMatchObject({ y: 0, w: 24 + 2 * PAD, depth: 0, leaf: false });
    expect(box(2)).toMatchObject({ y: LEVEL, w: 24 + 2 * PAD, depth: 1, leaf: true });
    expect(box(3)).toMatchObject({ y: LEVEL, w: 48 + 2 * PAD });
  });
  it('centres the parent over its children and keeps siblings 12 px apart', () => {
    const [a, b] = [box(2), box(3)];
    expect(b.x - (a.x + a.w)).toBeCloseTo(12);
    expect(box(1).x + box(1).w / 2).toBeCloseTo((a.x + a.w / 2 + b.x + b.w / 2) / 2);
  });
  it('lays key cells left to right inside their box, keyed by value', () => {
    const cells = cellsOf(L, L.nodes).filter((c) => c.nodeId === 3);
    expect(cells.map((c) => c.id)).toEqual(['k3', 'k4']);
    expect(cells[0].x).toBeCloseTo(box(3).x + PAD);
    expect(cells[1].x - cells[0].x).toBe(24);
    expect(cells[0].y).toBe(LEVEL + PAD);
    expect(NODE_H).toBe(CELL_H + 2 * PAD);
  });
  it('hangs child i from the boundary between parent keys i-1 and i', () => {
    const e = edgesAround(L, L.nodes).find((x) => x.id === '1-3')!;
    expect(e.x1).toBeCloseTo(box(1).x + PAD + 24);
    expect(e.y1).toBe(NODE_H);
    expect(e.x2).toBeCloseTo(box(3).x + box(3).w / 2);
    expect(e.y2).toBe(LEVEL);
  });
  it('B+: separators and leaf keys are distinct cells, and leaf links join box edges', () => {
    const bp: BNode = { id: 1, keys: [3], children: [leaf(2, [1, 2], 3), leaf(3, [3, 4], null)] };
    const B = layoutTree(bp, true);
    expect(cellsOf(B, B.nodes).map((c) => c.id).sort()).toEqual(['l1', 'l2', 'l3', 'l4', 's3']);
    const links = linksFrom(B, B.nodes);
    expect(links).toHaveLength(1);
    const [l, r] = [B.nodes.find((n) => n.id === 2)!, B.nodes.find((n) => n.id === 3)!];
    expect(links[0]).toEqual({ id: '2>3', x1: l.x + l.w, y1: LEVEL + NODE_H / 2, x2: r.x, y2: LEVEL + NODE_H / 2 });
  });
  it('never overlaps boxes on a level, even for a 2,000-key tree of order 3', () => {
    const fs = frames({ order: 3, split: 'on-overflow', variant: 'btree' }, [{ op: 'insertMany', count: 2000, pattern: 'random' }]);
    const big = layoutTree(fs.at(-1)!.state.root, false);
    const byDepth = new Map<number, typeof big.nodes>();
    for (const n of big.nodes) byDepth.set(n.depth, [...(byDepth.get(n.depth) ?? []), n]);
    for (const level of byDepth.values()) {
      level.sort((a, b) => a.x - b.x);
      for (let i = 1; i < level.length; i++) expect(level[i].x).toBeGreaterThanOrEqual(level[i - 1].x + level[i - 1].w + 11.99);
    }
  });
  it('matches d3-hierarchy tree() box for box, for B-trees and B+ trees of orders 3 to 6 (seed 7)', () => {
    for (const order of [3, 4, 5, 6]) {
      for (const variant of ['btree', 'bplus'] as const) {
        const fs = frames({ order, split: 'on-overflow', variant }, [{ op: 'insertMany', count: 600, pattern: 'random' }, { op: 'delete', key: 5 }], 7);
        const root = fs.at(-1)!.state.root!;
        const L = layoutTree(root, variant === 'bplus');
        const w = (n: BNode) => Math.max(1, n.keys.length) * L.cellW + 2 * PAD;
        const h = hierarchy(root, (d) => d.children);
        tidyTree<BNode>()
          .nodeSize([1, LEVEL])
          .separation((a, b) => (w(a.data) + w(b.data)) / 2 + (a.parent === b.parent ? 12 : 26))(h);
        const expected: { id: number; x: number; y: number }[] = [];
        h.each((d) => expected.push({ id: d.data.id, x: (d.x ?? 0) - w(d.data) / 2, y: d.y ?? 0 }));
        expect(L.nodes.map((b) => ({ id: b.id, x: b.x, y: b.y }))).toEqual(expected);
      }
    }
  });
  it('lays out a tree the same whether its subtrees were laid out in earlier frames or not', () => {
    const fs = frames({ order: 4, split: 'on-overflow', variant: 'btree' }, [{ op: 'insertMany', count: 300, pattern: 'random' }, ...ins(5, 17, 4000)]);
    for (const f of fs) layoutTree(f.state.root, false);
    const last = fs.at(-1)!.state.root!;
    const fresh = JSON.parse(JSON.stringify(last)) as BNode;
    const strip = (l: ReturnType<typeof layoutTree>) => l.nodes.map((b) => [b.id, b.x, b.y, b.w]);
    expect(strip(layoutTree(last, false))).toEqual(strip(layoutTree(fresh, false)));
  });
  it('lays a tree out the same in slices as in one call, for B-trees and B+ trees (seed 3)', () => {
    for (const variant of ['btree', 'bplus'] as const) {
      const fs = frames({ order: 3, split: 'on-overflow', variant }, [{ op: 'insertMany', count: 3000, pattern: 'random' }], 3);
      const root = fs.at(-1)!.state.root!;
      const whole = layoutTree(JSON.parse(JSON.stringify(root)) as BNode, variant === 'bplus');
      // Stop at every check: each run() does at most one batch of nodes; an abandoned builder leaves nothing wrong behind.
      layoutBuilder(root, variant === 'bplus').run(() => false);
      const builder = layoutBuilder(root, variant === 'bplus');
      let sliced = null;
      let runs = 0;
      while (!sliced) {
        sliced = builder.run(() => false);
        runs++;
      }
      expect(runs).toBeGreaterThan(10);
      const strip = (l: ReturnType<typeof layoutTree>) => ({
        boxes: l.nodes.map((b) => [b.id, b.x, b.y, b.w, b.depth, b.slot, b.parent?.id ?? null, b.kids.map((k) => k.id)]),
        rest: [l.cellW, l.depth, l.cellCount, l.bounds, l.byId.size],
      });
      expect(strip(sliced)).toEqual(strip(whole));
      expect(sliced.root).toBe(root);
    }
  });
  it('widens cells for long keys', () => {
    expect(cellWidthFor(leaf(1, [123456789]))).toBe(Math.ceil(9 * 7.5 + 10));
  });
});

describe('treeStats, fitTransform, visibleNodes', () => {
  it('counts height, nodes, keys and average fill', () => {
    const fs = frames({ order: 4, split: 'on-overflow', variant: 'btree' }, ins(1, 2, 3, 4));
    expect(treeStats(fs.at(-1)!.state.root, 4)).toEqual({ height: 2, nodes: 3, keys: 4, fill: 4 / 9 });
    expect(treeStats(null, 4)).toEqual({ height: 0, nodes: 0, keys: 0, fill: 0 });
  });
  it('fits the bounds into the viewport, centred, without enlarging past 1.25', () => {
    expect(fitTransform({ x0: 0, y0: 0, x1: 1000, y1: 100 }, 532, 300)).toEqual({ k: 0.5, x: 16, y: 125 });
    expect(fitTransform({ x0: -50, y0: 0, x1: 50, y1: 30 }, 500, 300).k).toBe(1.25);
  });
  it('keeps only boxes that meet the viewport', () => {
    const L = layoutTree(small, false);
    const left = L.nodes.find((n) => n.id === 2)!;
    const ids = visibleNodes(L.nodes, { x0: left.x - 5, y0: LEVEL, x1: left.x + 1, y1: LEVEL + 10 }).map((n) => n.id);
    expect(ids).toEqual([2]);
  });
});
