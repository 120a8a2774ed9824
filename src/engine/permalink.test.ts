import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { counterSim, findFixture } from './__fixtures__/counterSim';
import { LIMITS } from './limits';
import { decodePermalink, encodeScenario, frameFreeLink, parseRoute, withFrame } from './permalink';
import type { Scenario } from './types';

const scenario: Scenario = { sim: 'counter', params: { step: 2, mode: 'a', loud: false }, seed: 99, ops: [{ op: 'add', n: 3 }, { op: 'noise' }], frame: 4 };

describe('permalinks', () => {
  it('round-trips a scenario including its frame', () => {
    const link = encodeScenario(scenario, counterSim);
    expect(link).toMatch(/^#\/counter\?s=[A-Za-z0-9+\-$]+&f=4$/);
    expect(decodePermalink(link, findFixture)).toEqual({ ok: true, scenario });
    expect(decodePermalink(`https://example.org/app/${link}`, findFixture)).toEqual({ ok: true, scenario });
  });
  it('a link without its frame, and back: what the page reuses as it steps instead of compressing again', () => {
    const link = encodeScenario(scenario, counterSim);
    const base = frameFreeLink(link, 'counter');
    expect(base).toBe(encodeScenario({ ...scenario, frame: undefined }, counterSim));
    expect(withFrame(base!, 4)).toBe(link);
    expect(withFrame(base!, undefined)).toBe(base);
    expect(frameFreeLink(base!, 'counter')).toBe(base);
    // Any other shape is not reused: another simulation, other fields, a frame that is not a number.
    for (const other of [link.replace('#/counter', '#/raft'), `${link}&x=1`, link.replace('&f=4', '&f=x'), link.replace('?s=', '?f=4&s='), `${base}&f=-1`, '#/counter']) {
      expect(frameFreeLink(other, 'counter'), other).toBeNull();
    }
  });
  it('omits default params and stays short for tens of ops', () => {
    const ops = Array.from({ length: 30 }, (_, i) => ({ op: 'add', n: (i * 7) % 50 }));
    const link = encodeScenario({ sim: 'counter', params: { step: 1, mode: 'a', loud: false }, seed: 1, ops }, counterSim);
    expect(link.length).toBeLessThan(400);
  });
  it('opens the default scenario when the link has no scenario part', () => {
    expect(decodePermalink('#/counter', findFixture)).toEqual({
      ok: true,
      scenario: { sim: 'counter', params: { step: 1, mode: 'a', loud: false }, seed: 1, ops: [{ op: 'add', n: 1 }] },
    });
  });
  it('explains damaged, oversized and unknown links', () => {
    expect(decodePermalink('#/counter?s=%%%%', findFixture)).toEqual({ ok: false, errors: ['link: the scenario part is damaged (it does not decompress)'] });
    const notJson = LZString.compressToEncodedURIComponent('{oops');
    expect(decodePermalink(`#/counter?s=${notJson}`, findFixture)).toEqual({ ok: false, errors: ['link: the scenario part is damaged (it is not valid JSON)'] });
    expect(decodePermalink('#/warp-drive', findFixture)).toEqual({ ok: false, errors: ['link: unknown simulation "warp-drive"'] });
    const long = `#/counter?s=${'A'.repeat(LIMITS.maxLinkChars)}`;
    expect(decodePermalink(long, findFixture)).toEqual({ ok: false, errors: [`link: too long (${long.length} characters; at most ${LIMITS.maxLinkChars})`] });
  });
  it('validates what the link carries', () => {
    const bad = LZString.compressToEncodedURIComponent(JSON.stringify({ params: { step: 99 }, ops: [{ op: 'add', n: '<script>' }] }));
    const r = decodePermalink(`#/counter?s=${bad}&f=-2`, findFixture);
    expect(r).toEqual({
      ok: false,
      errors: ['params.step: must be an integer from 1 to 10, got 99', 'ops[0].n: must be a number, got "<script>"', 'frame: must be a frame index (an integer ≥ 0), got "-2"'],
    });
  });
  it('parses routes', () => {
    expect(parseRoute('')).toEqual({ page: 'catalog' });
    expect(parseRoute('#/')).toEqual({ page: 'catalog' });
    const r = parseRoute('#/btree?s=abc&f=2');
    expect(r.page === 'sim' && r.sim).toBe('btree');
    expect(r.page === 'sim' && r.query.get('f')).toBe('2');
  });
  it('keeps a malformed escape in the route as typed instead of throwing', () => {
    const r = parseRoute('#/%E0%A4%A?s=x');
    expect(r.page === 'sim' && r.sim).toBe('%E0%A4%A');
    expect(parseRoute('#/hash%2Dring')).toMatchObject({ page: 'sim', sim: 'hash-ring' });
  });
});
