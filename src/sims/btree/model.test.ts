import { describe, expect, it } from 'vitest';
import { FIGURE_18_8_DELETES, FIGURE_18_8_INSERTS, letter } from './examples';
import { btreeInvariants } from './invariants';
import { del, frames, framesOf, ins, shape, shapesAfterEachOp } from './testUtil';
import { Tree } from './tree';
import { bulkKeys } from './bulk';
import type { BNode, BTreeParams } from './types';

/** The keys an insertMany of 400 random keys draws into an empty tree with this seed. */
function bulkOrder(params: BTreeParams, seed: number): number[] {
  return bulkKeys(new Tree(params, seed), 400, 'random');
}

const clrs4: BTreeParams = { order: 4, split: 'preemptive', variant: 'btree' };
const over4: BTreeParams = { order: 4, split: 'on-overflow', variant: 'btree' };
const oneToTen = ins(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

/** Distinct consecutive shapes among an op's frames. */
function shapeSteps(fs: ReturnType<typeof frames>): string[] {
  const out: string[] = [];
  for (const f of fs) {
    const s = shape(f.state.root);
    if (out[out.length - 1] !== s) out.push(s);
  }
  return out;
}

describe('CLRS 18.2: inserting 1..10, order 4 (t = 2), preemptive splits', () => {
  const all = frames(clrs4, oneToTen);
  it('gives the expected shape after every insert', () => {
    expect(shapesAfterEachOp(all, 10)).toEqual([
      '[1]',
      '[1 2]',
      '[1 2 3]',
      '[2]([1] [3 4])',
      '[2]([1] [3 4 5])',
      '[2 4]([1] [3] [5 6])',
      '[2 4]([1] [3] [5 6 7])',
      '[2 4 6]([1] [3] [5] [7 8])',
      '[4]([2]([1] [3]) [6]([5] [7 8 9]))',
      '[4]([2]([1] [3]) [6 8]([5] [7] [9 10]))',
    ]);
  });
  it('inserting 9 splits the full root [2 4 6] before going down, although the leaf has room', () => {
    const op9 = framesOf(all, 8);
    expect(shapeSteps(op9)).toEqual(['[4]([2]([1] [3]) [6]([5] [7 8]))', '[4]([2]([1] [3]) [6]([5] [7 8 9]))']);
    expect(op9[0].caption).toMatch(/root \[2 4 6\] is full.*median 4 rises into a new root/);
  });
  it('inserting 10 splits the full leaf [7 8 9] on the way down, then inserts', () => {
    const op10 = framesOf(all, 9);
    expect(shapeSteps(op10)).toEqual([
      '[4]([2]([1] [3]) [6]([5] [7 8 9]))',
      '[4]([2]([1] [3]) [6 8]([5] [7] [9]))',
      '[4]([2]([1] [3]) [6 8]([5] [7] [9 10]))',
    ]);
    expect(op10.some((f) => /child \[7 8 9\] is full.*median 8 rises/.test(f.caption))).toBe(true);
    // One comparison frame per internal node on the way down: [4] then [6 8].
    expect(op10.filter((f) => /: at \[/.test(f.caption)).map((f) => f.caption.split(',')[0])).toEqual([
      'Insert 10: at [4]',
      'Insert 10: at [6]',
    ]);
  });
  it('keeps node ids stable: the split node keeps its id, the new right half and the new root get new ids', () => {
    const before = framesOf(all, 2).at(-1)!.state.root!;
    const after = framesOf(all, 3).at(-1)!.state.root!;
    expect(after.children[0].id).toBe(before.id);
    expect(new Set([after.id, after.children[1].id, before.id]).size).toBe(3);
  });
});

describe('on-overflow splits: inserting 1..10, order 4', () => {
  const all = frames(over4, oneToTen);
  it('gives the expected shape after every insert', () => {
    expect(shapesAfterEachOp(all, 10)).toEqual([
      '[1]',
      '[1 2]',
      '[1 2 3]',
      '[2]([1] [3 4])',
      '[2]([1] [3 4 5])',
      '[2 4]([1] [3] [5 6])',
      '[2 4]([1] [3] [5 6 7])',
      '[2 4 6]([1] [3] [5] [7 8])',
      '[2 4 6]([1] [3] [5] [7 8 9])',
      '[4]([2]([1] [3]) [6 8]([5] [7] [9 10]))',
    ]);
  });
  it('inserting 10 overflows the leaf, splits it, then splits the overflowing root (left middle rises)', () => {
    const op10 = framesOf(all, 9);
    expect(shapeSteps(op10)).toEqual([
      '[2 4 6]([1] [3] [5] [7 8 9])',
      '[2 4 6]([1] [3] [5] [7 8 9 10])',
      '[2 4 6 8]([1] [3] [5] [7] [9 10])',
      '[4]([2]([1] [3]) [6 8]([5] [7] [9 10]))',
    ]);
    expect(op10.at(-2)!.caption).toMatch(/8 \(the left middle, keys\[1\]\) rises/);
    expect(op10.at(-1)!.caption).toMatch(/4 \(the left middle, keys\[1\]\) rises into a new root/);
    expect(op10[op10.length - 3].state.transient).toEqual({ id: expect.any(Number), kind: 'overflow' });
    for (const f of op10) expect(btreeInvariants(f.state, over4)).toEqual([]);
  });
  it('order 5 promotes the middle key keys[2]', () => {
    const fs = frames({ order: 5, split: 'on-overflow', variant: 'btree' }, ins(1, 2, 3, 4, 5));
    expect(shape(fs.at(-1)!.state.root)).toBe('[3]([1 2] [4 5])');
    expect(fs.at(-1)!.caption).toMatch(/3 \(the middle, keys\[2\]\) rises/);
  });
});

describe('CLRS Figure 18.8 (t = 3, letters as alphabet positions A = 1 … Z = 26)', () => {
  const clrs6: BTreeParams = { order: 6, split: 'preemptive', variant: 'btree' };
  const n = FIGURE_18_8_INSERTS.length;
  const all = frames(clrs6, [...ins(...FIGURE_18_8_INSERTS), ...del(...FIGURE_18_8_DELETES)]);
  const after = shapesAfterEachOp(all, n + 5);
  const L = (s: string): string => s.replace(/[A-Z]/g, (c) => String(letter(c)));

  it('the insert sequence builds exactly the figure’s starting tree (a)', () => {
    expect(after[n - 1]).toBe(L('[P]([C G M]([A B] [D E F] [J K L] [N O]) [T X]([Q R S] [U V] [Y Z]))'));
  });
  it('(b) F deleted: case 1', () => {
    expect(after[n]).toBe(L('[P]([C G M]([A B] [D E] [J K L] [N O]) [T X]([Q R S] [U V] [Y Z]))'));
    expect(framesOf(all, n).at(-1)!.caption).toContain('case 1');
  });
  it('(c) M deleted: case 2a, the predecessor L takes its place', () => {
    expect(after[n + 1]).toBe(L('[P]([C G L]([A B] [D E] [J K] [N O]) [T X]([Q R S] [U V] [Y Z]))'));
    const caps = framesOf(all, n + 1).map((f) => f.caption);
    expect(caps.some((c) => c.includes('case 2a') && c.includes(`predecessor ${letter('L')}`))).toBe(true);
  });
  it('(d) G deleted: case 2c merges D E G J K, then case 1', () => {
    expect(after[n + 2]).toBe(L('[P]([C L]([A B] [D E J K] [N O]) [T X]([Q R S] [U V] [Y Z]))'));
    const fs = framesOf(all, n + 2);
    expect(fs.map((f) => shape(f.state.root))).toContain(L('[P]([C L]([A B] [D E G J K] [N O]) [T X]([Q R S] [U V] [Y Z]))'));
    expect(fs.some((f) => f.caption.includes('case 2c'))).toBe(true);
  });
  it('(e′) and (e) D deleted: case 3b merges with the root, the tree shrinks, then case 1', () => {
    const fs = framesOf(all, n + 3);
    const merged = fs.find((f) => f.caption.includes('case 3b'))!;
    expect(shape(merged.state.root)).toBe(L('[C L P T X]([A B] [D E J K] [N O] [Q R S] [U V] [Y Z])'));
    expect(merged.caption).toContain('one level shorter');
    expect(after[n + 3]).toBe(L('[C L P T X]([A B] [E J K] [N O] [Q R S] [U V] [Y Z])'));
  });
  it('(f) B deleted: case 3a borrows C through the root from the right sibling, E rises', () => {
    const fs = framesOf(all, n + 4);
    const borrow = fs.find((f) => f.caption.includes('case 3a'))!;
    expect(shape(borrow.state.root)).toBe(L('[E L P T X]([A B C] [J K] [N O] [Q R S] [U V] [Y Z])'));
    expect(borrow.caption).toContain(`borrow ${letter('C')} from the right sibling`);
    expect(after[n + 4]).toBe(L('[E L P T X]([A C] [J K] [N O] [Q R S] [U V] [Y Z])'));
  });
  it('every frame satisfies the invariants', () => {
    for (const f of all) expect(btreeInvariants(f.state, clrs6)).toEqual([]);
  });
  it('on-overflow splits (order 6, keys[2] rises) give their own shape for the same inserts', () => {
    const fs = frames({ order: 6, split: 'on-overflow', variant: 'btree' }, ins(...FIGURE_18_8_INSERTS));
    // Inserting L overflows [J K L M N O]; keys[2] = L rises.
    expect(shape(fs.at(-1)!.state.root)).toBe(L('[C G L P T]([A B] [D E F] [J K] [M N O] [Q R S] [U V X Y Z])'));
  });
});

describe('other deletes', () => {
  it('case 3a prefers the left sibling when it has t keys', () => {
    // [2 4]([0 1] [3] [5 6]), t = 2: both siblings of [3] can spare a key; the left one gives.
    const fs = frames(clrs4, [...ins(1, 2, 3, 4, 5, 6, 0), ...del(3)]);
    expect(shape(framesOf(fs, 6).at(-1)!.state.root)).toBe('[2 4]([0 1] [3] [5 6])');
    const borrow = framesOf(fs, 7).find((f) => f.caption.includes('case 3a'));
    expect(borrow?.caption).toContain('borrow 2 from the left sibling');
    expect(shape(borrow!.state.root)).toBe('[1 4]([0] [2 3] [5 6])');
    expect(shape(fs.at(-1)!.state.root)).toBe('[1 4]([0] [2] [5 6])');
  });
  it('on-overflow delete of an internal key takes the predecessor, then fixes the underflow', () => {
    const fs = frames({ order: 3, split: 'on-overflow', variant: 'btree' }, [...ins(10, 20, 30, 40, 50), ...del(20)]);
    const mine = framesOf(fs, 5);
    expect(mine.some((f) => /predecessor 10 .* moves up/.test(f.caption))).toBe(true);
    for (const f of fs) expect(btreeInvariants(f.state, { order: 3, split: 'on-overflow', variant: 'btree' })).toEqual([]);
  });
  it('present-key insert and absent-key delete are frames that say so and change nothing', () => {
    const fs = frames(over4, [...ins(1, 2, 3, 4), ...ins(3), ...del(9)]);
    expect(framesOf(fs, 4).at(-1)!.caption).toContain('already in');
    expect(framesOf(fs, 5).at(-1)!.caption).toContain('not in the tree');
    // Nothing changed, so the frames share the very same tree object.
    expect(framesOf(fs, 5).at(-1)!.state.root).toBe(framesOf(fs, 3).at(-1)!.state.root);
  });
  it('deleting the last key empties the tree', () => {
    const fs = frames(clrs4, [...ins(7), ...del(7)]);
    expect(fs.at(-1)!.state.root).toBeNull();
  });
});

describe('B+ tree', () => {
  const bp4: BTreeParams = { order: 4, split: 'on-overflow', variant: 'bplus' };
  it('a leaf split copies the right leaf’s first key up and links the leaves', () => {
    const fs = frames(bp4, ins(1, 2, 3, 4));
    const root = fs.at(-1)!.state.root!;
    expect(shape(root)).toBe('[2]([1] [2 3 4])');
    expect(root.children[0].next).toBe(root.children[1].id);
    expect(root.children[1].next).toBeNull();
    expect(fs.at(-1)!.caption).toContain('copied up as the separator');
  });
  it('preemptive B+ (t = 2): a full leaf splits before the insert, keys[t-1] copied up', () => {
    const fs = frames({ order: 4, split: 'preemptive', variant: 'bplus' }, ins(1, 2, 3, 4));
    expect(shape(fs.at(-1)!.state.root)).toBe('[2]([1] [2 3 4])');
  });
  it('deleting a leaf’s first key replaces the equal separator with the leaf’s new first key', () => {
    const fs = frames(bp4, [...ins(1, 2, 3, 4), ...del(2)]);
    expect(shape(framesOf(fs, 3).at(-1)!.state.root)).toBe('[2]([1] [2 3 4])');
    const mine = framesOf(fs, 4);
    expect(mine).toHaveLength(2);
    expect(mine[1].caption).toContain('the separator 2 above becomes 3');
    expect(shape(mine[1].state.root)).toBe('[3]([1] [3 4])');
  });
  it('an emptied leaf borrows from the right, then a stale separator takes its successor', () => {
    const fs = frames(bp4, [...ins(1, 2, 3, 4, 5), ...del(2)]);
    expect(shape(framesOf(fs, 4).at(-1)!.state.root)).toBe('[2 3]([1] [2] [3 4 5])');
    const steps = framesOf(fs, 5).map((f) => shape(f.state.root));
    expect(steps.slice(-3)).toEqual(['[2 3]([1] [] [3 4 5])', '[2 4]([1] [3] [4 5])', '[3 4]([1] [3] [4 5])']);
    expect(fs.at(-1)!.caption).toContain('becomes 3, the smallest key to its right');
  });
  it('a search always ends in a leaf, even when the key is a separator', () => {
    const fs = frames(bp4, [...ins(1, 2, 3, 4), { op: 'search', key: 2 }]);
    const last = fs.at(-1)!;
    expect(last.highlight?.found).toBe(true);
    expect(last.caption).toContain('found 2 in leaf');
  });
  it('a range scan follows the leaf links and reports the keys in range', () => {
    const fs = frames(bp4, [...ins(1, 2, 3, 4, 5, 6, 7, 8, 9), { op: 'range', from: 3, to: 7 }]);
    expect(fs.at(-1)!.highlight?.range).toEqual([3, 4, 5, 6, 7]);
    expect(fs.filter((f) => f.caption.includes('follow its link')).length).toBeGreaterThan(0);
  });
});

describe('bulk ops', () => {
  it('insertMany produces exactly one frame and the requested number of keys', () => {
    for (const pattern of ['random', 'ascending', 'descending'] as const) {
      const fs = frames(over4, [...ins(5), { op: 'insertMany', count: 300, pattern }]);
      expect(framesOf(fs, 1)).toHaveLength(1);
      expect(fs.at(-1)!.state.size).toBe(301);
      expect(btreeInvariants(fs.at(-1)!.state, over4)).toEqual([]);
    }
  });
  it('ascending continues above the largest key, descending below the smallest', () => {
    const up = frames(over4, [...ins(10), { op: 'insertMany', count: 3, pattern: 'ascending' }]);
    expect(up.at(-1)!.caption).toContain('from 11 to 13');
    const down = frames(over4, [{ op: 'insertMany', count: 3, pattern: 'descending' }]);
    expect(down.at(-1)!.caption).toContain('from 1 to 3');
  });
  it('clear empties the tree in one frame', () => {
    const fs = frames(over4, [...ins(1, 2, 3), { op: 'clear' }]);
    expect(framesOf(fs, 3)).toHaveLength(1);
    expect(fs.at(-1)!.state).toEqual({ root: null, size: 0 });
  });
  it('a batch builds exactly the tree that the same keys inserted one by one build, in every mode', () => {
    for (const params of [over4, clrs4, { ...over4, variant: 'bplus' as const }, { ...clrs4, variant: 'bplus' as const }, { ...over4, order: 5 }]) {
      const batch = frames(params, [{ op: 'insertMany', count: 400, pattern: 'random' }], 5).at(-1)!.state;
      const keys: number[] = [];
      const collect = (n: BNode): void => {
        keys.push(...(n.children.length === 0 || params.variant === 'btree' ? n.keys : []));
        n.children.forEach(collect);
      };
      collect(batch.root!);
      // Reinsert in the batch's drawing order: the same seed draws the same keys.
      const drawn = frames(params, [{ op: 'insertMany', count: 400, pattern: 'random' }], 5).at(-1)!.caption;
      expect(drawn).toContain('400 random keys');
      const order = bulkOrder(params, 5);
      const one = frames(params, ins(...order)).at(-1)!.state;
      expect(shape(one.root)).toBe(shape(batch.root));
      expect(keys.length).toBe(400);
    }
  });
  it('10,000 random keys take one frame and stay valid for every order', () => {
    for (const order of [3, 8, 16]) {
      const p: BTreeParams = { order, split: 'on-overflow', variant: 'bplus' };
      const fs = frames(p, [{ op: 'insertMany', count: 10_000, pattern: 'random' }]);
      expect(fs).toHaveLength(2);
      expect(btreeInvariants(fs[1].state, p)).toEqual([]);
    }
  });
});
