import { describe, expect, it } from 'vitest';
import { skipListInvariants } from './invariants';
import { DEFAULTS, framesOf, last, runSL } from './testUtil';

/**
 * Pugh 1990, Figure 1(d): the keys 3 6 7 9 12 17 19 21 25 26 where every
 * 2^i-th node has a pointer 2^i nodes ahead, i.e. the i-th node (1-based) has
 * a tower of height 1 + (number of trailing zero bits of i).
 */
const KEYS = [3, 6, 7, 9, 12, 17, 19, 21, 25, 26];
const LEVELS = [1, 2, 1, 3, 1, 2, 1, 4, 1, 2];
const figure1Ops = KEYS.map((key, i) => ({
  op: 'insert',
  key,
  level: LEVELS[i],
}));

describe("Pugh's Figure 1(d) rebuilt with injected levels", () => {
  const frames = runSL(figure1Ops, { spans: true });
  const state = last(frames).state;

  it('has exactly the towers and the list level of the figure', () => {
    expect(state.nodes).toEqual(KEYS.map((key, i) => ({ key, level: LEVELS[i] })));
    expect(state.level).toBe(4);
    expect(state.n).toBe(10);
  });

  it('has exactly the forward pointers of the figure, level by level', () => {
    expect(state.levelKeys).toEqual([KEYS, [6, 9, 17, 21, 26], [9, 21], [21]]);
  });

  it('carries Redis spans: every 2nd, 4th, 8th node, the last link to NIL counting what is left', () => {
    expect(state.spans).toEqual([
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
      [2, 2, 2, 2, 2, 0],
      [4, 4, 2],
      [8, 2],
    ]);
  });

  it('does not flip a coin when the op gives the level', () => {
    expect(frames.some((f) => f.caption.startsWith('Coin flip'))).toBe(false);
    expect(frames.filter((f) => f.caption.includes('given by the op')).length).toBe(10);
  });

  it('searches for 19 right and down, caption by caption, as in the figure', () => {
    const s = runSL([...figure1Ops, { op: 'search', key: 19 }]);
    const fs = framesOf(s, 10);
    expect(fs.map((f) => f.caption)).toEqual([
      "Search for 19: start at the head on level 4, the list's level.",
      'Down to level 3 at the head: the next key on level 4 is 21, not less than 19.',
      'Right to 9 on level 3, since 9 < 19.',
      'Down to level 2 at 9: the next key on level 3 is 21, not less than 19.',
      'Right to 17 on level 2, since 17 < 19.',
      'Down to level 1 at 17: the next key on level 2 is 21, not less than 19.',
      'Found 19: the next key on level 1 is 19 (6 comparisons).',
    ]);
    expect(last(fs).highlight?.path).toEqual([
      { key: null, level: 4 },
      { key: null, level: 3 },
      { key: 9, level: 3 },
      { key: 9, level: 2 },
      { key: 17, level: 2 },
      { key: 17, level: 1 },
      { key: 19, level: 1 },
    ]);
    expect(last(s).state.lastSearch).toEqual({
      key: 19,
      found: true,
      comparisons: 6,
      n: 10,
    });
  });

  it('ranks 19 as 7 by summing spans 4 + 2 + 1 (Redis zslGetRank is 1-based)', () => {
    const s = runSL([...figure1Ops, { op: 'rank', key: 19 }], { spans: true });
    const fs = framesOf(s, 10);
    expect(fs.map((f) => f.highlight?.rank)).toEqual([0, 0, 4, 4, 6, 6, 7, 7]);
    expect(last(fs).caption).toBe("Rank of 19 is 7: the spans on the path add up to 7 (1-based, as Redis's zslGetRank; ZRANK says 6).");
  });

  it('stops as soon as the rank is reached: byRank 8 is 21 on level 4, byRank 11 is nothing', () => {
    const s = runSL([...figure1Ops, { op: 'byRank', rank: 8 }, { op: 'byRank', rank: 11 }], { spans: true });
    expect(last(framesOf(s, 10)).caption).toBe('Rank 8 is 21: the spans walked add up to 8.');
    expect(framesOf(s, 10).length).toBe(3);
    expect(last(framesOf(s, 11)).caption).toBe('No node has rank 11: the list has 10 nodes (Redis returns NULL).');
  });

  it('deletes 21 from the top down and the list level drops to 3', () => {
    const s = runSL([...figure1Ops, { op: 'delete', key: 21 }], {
      spans: true,
    });
    const fs = framesOf(s, 10).filter((f) => f.highlight?.kind === 'unlink');
    expect(fs.map((f) => f.caption)).toEqual([
      "Level 4: the head now points to NIL, skipping 21; level 4 is empty, so the list's level drops to 3.",
      'Level 3: 9 now points to NIL, skipping 21.',
      'Level 2: 17 now points to 26, skipping 21.',
      'Level 1: 19 now points to 25; 21 is gone.',
    ]);
    const end = last(s).state;
    expect(end.level).toBe(3);
    expect(end.levelKeys).toEqual([[3, 6, 7, 9, 12, 17, 19, 25, 26], [6, 9, 17, 26], [9]]);
    expect(end.spans).toEqual([
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
      [2, 2, 2, 3, 0],
      [4, 5],
    ]);
    for (const f of s) expect(skipListInvariants(f.state, { ...DEFAULTS, spans: true })).toEqual([]);
  });

  it('grows a tower one level per frame when linking, with spans split as in zslInsert', () => {
    const s = runSL([...figure1Ops, { op: 'insert', key: 20, level: 3 }], {
      spans: true,
    });
    const links = framesOf(s, 10).filter((f) => f.highlight?.kind === 'link');
    expect(links.map((f) => f.caption)).toEqual([
      'Level 1: 19 now points to 20, and 20 to 21.',
      'Level 2: 17 now points to 20, and 20 to 21.',
      'Level 3: 9 now points to 20, and 20 to 21.',
    ]);
    expect(links.map((f) => f.state.nodes.find((n) => n.key === 20)?.level)).toEqual([1, 2, 3]);
    // 20 is rank 8: level 3's link 9 → 21 (span 4) is cut into 9 → 20 (4) and 20 → 21 (1).
    expect(last(s).state.spans?.[2]).toEqual([4, 4, 1, 2]);
    expect(last(s).state.spans?.[3]).toEqual([9, 2]);
  });

  it('says so for a duplicate insert and an absent delete', () => {
    const s = runSL([...figure1Ops, { op: 'insert', key: 12 }, { op: 'delete', key: 13 }]);
    expect(last(framesOf(s, 10)).caption).toBe('12 is already in the list: nothing to insert.');
    expect(last(framesOf(s, 11)).caption).toBe('13 is not in the list: nothing to delete.');
    expect(last(s).state).toBe(last(framesOf(s, 9)).state);
  });
});
