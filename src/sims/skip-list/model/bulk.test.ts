import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bulkInsert } from './bulk';
import { deleteOp, insertManyOp, insertOp, searchOp, type Working } from './operations';
import { byRankOp, rankOp } from './rankOps';
import { fullState } from './snapshot';
import { insertSilent } from './splice';
import { createSkipList } from './structure';

const pairs = fc.uniqueArray(fc.record({ key: fc.integer({ min: -500, max: 500 }), level: fc.integer({ min: 1, max: 6 }) }), {
  selector: (p) => p.key,
  maxLength: 60,
});

describe('bulk insert and incremental publishing', () => {
  it('a bulk insert builds exactly the list that one-by-one inserts build (seed 11, 500 cases)', () => {
    fc.assert(
      fc.property(pairs, pairs, (first, second) => {
        const seen = new Set(first.map((p) => p.key));
        const more = second.filter((p) => !seen.has(p.key));
        const a = createSkipList(0.5, 6, 1);
        for (const p of [...first, ...more]) insertSilent(a, p.key, p.level);
        const b = createSkipList(0.5, 6, 1);
        const nodes = bulkInsert(b, bulkInsert(b, [], first.slice()), more.slice());
        expect(fullState(b, true, null)).toEqual(fullState(a, true, null));
        expect(nodes).toEqual(fullState(a, true, null).nodes);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('every published frame state equals a fresh walk of the pointers (seed 23, 400 sequences)', () => {
    const opArb = fc.oneof(
      fc.record({ op: fc.constant('insert'), key: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ op: fc.constant('insertL'), key: fc.integer({ min: 0, max: 30 }), level: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ op: fc.constant('delete'), key: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ op: fc.constant('search'), key: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ op: fc.constant('rank'), key: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ op: fc.constant('byRank'), key: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ op: fc.constant('many'), key: fc.integer({ min: 1, max: 8 }) }),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 1e9 }), fc.array(opArb, { maxLength: 30 }), (spansOn, seed, ops) => {
        const list = createSkipList(0.5, 5, seed);
        const w: Working = { list, state: fullState(list, spansOn, null), spansOn };
        for (const o of ops) {
          const gen =
            o.op === 'insert'
              ? insertOp(w, o.key)
              : o.op === 'insertL'
                ? insertOp(w, o.key, (o as { level: number }).level)
                : o.op === 'delete'
                  ? deleteOp(w, o.key)
                  : o.op === 'search'
                    ? searchOp(w, o.key)
                    : o.op === 'rank'
                      ? rankOp(w, o.key)
                      : o.op === 'byRank'
                        ? byRankOp(w, o.key)
                        : insertManyOp(w, o.key);
          for (const f of gen) {
            const fresh = fullState(list, spansOn, f.state.lastSearch);
            expect(f.state).toEqual(fresh);
          }
        }
      }),
      { seed: 23, numRuns: 400 },
    );
  });
});
