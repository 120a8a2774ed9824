import { describe, expect, it } from 'vitest';
import { cellBox, geometry, indexOfKey, linkPath, linksInView, towerPath, visibleColumns, xOf, yOf } from './layout';

const nodes = [3, 6, 7, 9, 12, 17, 19, 21, 25, 26].map((key, i) => ({
  key,
  level: [1, 2, 1, 3, 1, 2, 1, 4, 1, 2][i],
}));
const levelKeys = [nodes.map((n) => n.key), [6, 9, 17, 21, 26], [9, 21], [21]];

describe('skip-list layout', () => {
  it('places the head, the nodes and NIL in columns, level 1 at the bottom', () => {
    const g = geometry(10, 4, 40);
    expect(xOf(g, -1)).toBe(8 + 20);
    expect(xOf(g, 0)).toBe(8 + 40 + 20);
    expect(xOf(g, 10) - xOf(g, 9)).toBe(40);
    expect(yOf(g, 1)).toBeGreaterThan(yOf(g, 4));
    expect(g.width).toBe(16 + 12 * 40);
  });

  it('finds keys by binary search', () => {
    expect(indexOfKey(nodes, 19)).toBe(6);
    expect(indexOfKey(nodes, 20)).toBe(-1);
  });

  it('lists every link when everything is visible (11 + 6 + 3 + 2 links)', () => {
    const links = linksInView(nodes, levelKeys, -1, 10);
    expect(links.filter((l) => l.level === 1)).toHaveLength(11);
    expect(links.filter((l) => l.level === 4)).toEqual([
      { level: 4, from: -1, to: 7, k: 0 },
      { level: 4, from: 7, to: 10, k: 1 },
    ]);
    expect(links).toHaveLength(22);
  });

  it('keeps only links that touch the visible columns, including long ones passing over them', () => {
    const links = linksInView(nodes, levelKeys, 4, 5);
    // Level 4: head → 21 passes over columns 4..5.
    expect(links.filter((l) => l.level === 4)).toEqual([{ level: 4, from: -1, to: 7, k: 0 }]);
    // Level 1: 9 → 12, 12 → 17, 17 → 19.
    expect(links.filter((l) => l.level === 1).map((l) => [l.from, l.to])).toEqual([
      [3, 4],
      [4, 5],
      [5, 6],
    ]);
  });

  it('draws a tower as one path: a rounded box per level, at its cell', () => {
    const g = geometry(10, 4, 40); // rowH 26, cellW 25
    expect(cellBox(g, 4)).toEqual({ y: 9.5, h: 23 });
    expect(towerPath(g, 4, 4)).toBe('M0,11.5a2,2 0 0 1 2,-2h21a2,2 0 0 1 2,2v19a2,2 0 0 1 -2,2h-21a2,2 0 0 1 -2,-2z');
    expect(towerPath(g, 1, 3).match(/M/g)).toHaveLength(3);
    expect(towerPath(g, 1, 0)).toBe('');
  });

  it('draws a pointer as one path: the line, then the arrowhead at its end', () => {
    expect(linkPath(30)).toBe('M0,0H30M30,0l-6,-3.5v7z');
  });

  it('draws only the visible window of a wide list', () => {
    const g = geometry(100_000, 17, 10);
    const [c0, c1] = visibleColumns(g, 500_000, 1000);
    expect(c1 - c0).toBeLessThan(120);
    expect(c0).toBeGreaterThan(49_000);
  });
});
