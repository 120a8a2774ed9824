import { describe, expect, it } from 'vitest';
import { loadStats } from './loadStats';
import { angleOf, arcPath, densityBins, polar } from './ringGeometry';

describe('ring geometry', () => {
  it('puts hash 0 at the top and 2^30 (a quarter) at the right, clockwise', () => {
    expect(polar(100, angleOf(0)).map((v) => Math.round(v) + 0)).toEqual([0, -100]);
    expect(polar(100, angleOf(2 ** 30)).map((v) => Math.round(v) + 0)).toEqual([100, 0]);
    expect(polar(100, angleOf(2 ** 31)).map((v) => Math.round(v) + 0)).toEqual([0, 100]);
  });

  it('draws a wrapping arc clockwise past the top with the large-arc flag when it spans more than half', () => {
    expect(arcPath(100, 2 ** 31 + 2 ** 30, 2 ** 30)).toBe('M-100 0A100 100 0 0 1 100 0');
    expect(arcPath(100, 0, 2 ** 31 + 2 ** 30)).toBe('M0 -100A100 100 0 1 1 -100 0');
  });

  it('bins keys by angle and owner', () => {
    const bins = densityBins(
      [
        { hash: 0, node: 'a' },
        { hash: 1, node: 'b' },
        { hash: 2 ** 31, node: 'a' },
        { hash: 2 ** 32 - 1, node: null },
      ],
      4,
    );
    expect(bins.map((b) => b.total)).toEqual([2, 0, 1, 1]);
    expect(bins[0].counts).toEqual([
      { node: 'a', count: 1 },
      { node: 'b', count: 1 },
    ]);
  });

  it('seed 7: with 40 owners and an unowned key every bin matches a plain count', () => {
    let x = 7;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
    const keys = Array.from({ length: 5000 }, () => ({ hash: next(), node: next() % 41 === 40 ? null : `n${next() % 40}` }));
    const bins = densityBins(keys, 30);
    for (const b of bins) {
      const here = keys.filter((k) => Math.min(29, Math.floor((k.hash / 2 ** 32) * 30)) === b.bin);
      expect(b.total).toBe(here.length);
      for (const c of b.counts) expect(c.count).toBe(here.filter((k) => k.node === c.node).length);
      expect(b.counts.map((c) => String(c.node))).toEqual([...b.counts.map((c) => String(c.node))].sort((p, q) => p.localeCompare(q)));
    }
  });
});

describe('load stats', () => {
  it('std-dev / mean of keys per node, ideal by weight', () => {
    const s = loadStats([
      { weight: 1, keys: 20 },
      { weight: 1, keys: 40 },
    ]);
    expect(s.ideal).toEqual([30, 30]);
    expect(s.spread).toBeCloseTo(10 / 30);
    expect(s.maxOverIdeal).toBeCloseTo(4 / 3);
    expect(loadStats([{ weight: 1, keys: 10 }, { weight: 3, keys: 30 }]).spread).toBe(0);
    expect(Number.isNaN(loadStats([]).spread)).toBe(true);
  });
});
