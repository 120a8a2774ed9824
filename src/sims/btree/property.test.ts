import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { btreeInvariants } from './invariants';
import { runBTree } from './model';
import { contents } from './testUtil';
import type { BNode, BTreeOp, BTreeParams } from './types';

/**
 * Seeded property tests (issue 3): ≥ 1,000 random op sequences for every
 * (order, split, variant) combination below; invariants after EVERY frame;
 * after every op the contents equal a reference sorted set. Sequences are
 * short so the suite stays fast; the seed is in each test's name.
 */

type Abstract =
  | { kind: 'insert'; key: number }
  | { kind: 'deletePresent'; pick: number }
  | { kind: 'deleteAny'; key: number }
  | { kind: 'search'; key: number }
  | { kind: 'bulk'; count: number; pattern: 'ascending' | 'descending' }
  | { kind: 'drain'; picks: number[] }
  | { kind: 'clear' };

const KEYS = 120;
/** Large orders need bigger trees and more deletes to reach merges at the root. */
const abstractOp = (order: number): fc.Arbitrary<Abstract> => fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('insert' as const), key: fc.integer({ min: 0, max: KEYS }) }) },
  { weight: order > 8 ? 12 : 6, arbitrary: fc.record({ kind: fc.constant('deletePresent' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteAny' as const), key: fc.integer({ min: 0, max: KEYS }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('search' as const), key: fc.integer({ min: 0, max: KEYS }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('bulk' as const),
      count: fc.integer({ min: 1, max: Math.max(30, 4 * order) }),
      pattern: fc.constantFrom('ascending' as const, 'descending' as const),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drain' as const), picks: fc.array(fc.nat(), { maxLength: 2 * order }) }) },
);

/** Turn abstract ops into concrete ones and the reference contents after each. */
function concretise(abs: Abstract[]): { ops: BTreeOp[]; after: number[][] } {
  const ref = new Set<number>();
  const ops: BTreeOp[] = [];
  const after: number[][] = [];
  const sorted = (): number[] => [...ref].sort((a, b) => a - b);
  for (const a of abs) {
    if (a.kind === 'insert') {
      ops.push({ op: 'insert', key: a.key });
      ref.add(a.key);
    } else if (a.kind === 'deletePresent' || a.kind === 'deleteAny') {
      const s = sorted();
      const key = a.kind === 'deletePresent' && s.length ? s[a.pick % s.length] : a.kind === 'deleteAny' ? a.key : 0;
      ops.push({ op: 'delete', key });
      ref.delete(key);
    } else if (a.kind === 'drain') {
      // Several deletes of present keys in a row (expands into several ops).
      for (const pick of a.picks) {
        const s = sorted();
        if (!s.length) break;
        const key = s[pick % s.length];
        ops.push({ op: 'delete', key });
        ref.delete(key);
        after.push(sorted());
      }
      continue;
    } else if (a.kind === 'search') {
      ops.push({ op: 'search', key: a.key });
    } else if (a.kind === 'bulk') {
      const s = sorted();
      ops.push({ op: 'insertMany', count: a.count, pattern: a.pattern });
      if (a.pattern === 'ascending') {
        const start = (s.length ? s[s.length - 1] : 0) + 1;
        for (let k = start; k < start + a.count; k++) ref.add(k);
      } else {
        const start = (s.length ? s[0] : a.count + 1) - 1;
        for (let k = start; k > start - a.count; k--) ref.add(k);
      }
    } else {
      ops.push({ op: 'clear' });
      ref.clear();
    }
    after.push(sorted());
  }
  return { ops, after };
}

/** B+ after every op: each separator is the smallest key of its right subtree (our separator policy). */
function separatorsAreMinima(n: BNode | null): boolean {
  if (!n || n.children.length === 0) return true;
  const min = (x: BNode): number => (x.children.length ? min(x.children[0]) : x.keys[0]);
  return n.keys.every((k, i) => min(n.children[i + 1]) === k) && n.children.every(separatorsAreMinima);
}

function check(params: BTreeParams, abs: Abstract[], seen: Set<string>): void {
  const { ops, after } = concretise(abs);
  const bplus = params.variant === 'bplus';
  let lastOp = -1;
  let last: BNode | null = null;
  const endOfOp = (k: number): void => {
    if (k < 0) return;
    expect(contents(last, bplus)).toEqual(after[k]);
    if (bplus) expect(separatorsAreMinima(last)).toBe(true);
  };
  for (const f of runBTree(params, 7, ops, { verify: true })) {
    for (const c of CASES) if (f.caption.includes(c)) seen.add(c);
    const bad = btreeInvariants(f.state, params);
    if (bad.length) throw new Error(`op ${f.op} (${JSON.stringify(ops[f.op ?? 0])}), "${f.caption}": ${bad.join(' ')}`);
    if (f.op !== null && f.op !== lastOp) {
      endOfOp(lastOp);
      expect(f.op).toBe(lastOp + 1);
      lastOp = f.op;
    }
    last = f.state.root;
  }
  endOfOp(lastOp);
  expect(lastOp).toBe(ops.length - 1);
}

const CASES = [
  'case 1',
  'case 2a',
  'case 2b',
  'case 2c',
  'case 3a',
  'case 3b',
  'borrow',
  'merge',
  'predecessor',
  'grows one level',
  'one level shorter',
  'smallest key to its right',
];

/** The cases a combination's runs must have exercised (so the property is not vacuous). */
function expectedCases(p: BTreeParams): string[] {
  const common = ['borrow', 'merge', 'grows one level', 'one level shorter'];
  if (p.split === 'preemptive') return [...common, 'case 1', 'case 3a', 'case 3b', ...(p.variant === 'btree' ? ['case 2a', 'case 2b', 'case 2c'] : [])];
  return [...common, ...(p.variant === 'btree' ? ['predecessor'] : [])];
}

const combos: BTreeParams[] = [];
for (const variant of ['btree', 'bplus'] as const) {
  for (const order of [3, 4, 5, 6, 7, 8, 16]) combos.push({ order, split: 'on-overflow', variant });
  for (const order of [4, 6, 8, 16]) combos.push({ order, split: 'preemptive', variant });
}

describe('random op sequences', () => {
  combos.forEach((params, idx) => {
    const seed = 1000 + idx;
    it(`order ${params.order}, ${params.split}, ${params.variant}: invariants after every frame, contents match a sorted set (seed ${seed}, 1000 runs)`, () => {
      const seen = new Set<string>();
      fc.assert(
        fc.property(fc.array(abstractOp(params.order), { minLength: 1, maxLength: params.order > 8 ? 60 : 25 }), (abs) => check(params, abs, seen)),
        { seed, numRuns: 1000 },
      );
      for (const c of expectedCases(params)) expect(seen, `no run exercised "${c}"`).toContain(c);
    });
  });
});
