/**
 * Skip list (issue 4): Pugh's coin-flip towers, searches that move right and
 * down, and Redis's spans for ranks.
 *
 * State contract (see model/types.ts for every field):
 * - `nodes: {key, level}[]` ascending by key; `level` ≥ 1 is the tower height.
 * - `level`: the list's level = the tallest tower (0 when the list is empty).
 * - `levelKeys[l-1]`: keys linked on level l, in pointer order from the head.
 * - `spans` (present only when params.spans is on): `spans[l-1][k]` is the span
 *   of the k-th link of level l counted from the head: link 0 leaves the head,
 *   link k ≥ 1 leaves `levelKeys[l-1][k-1]`, and the last link goes to NIL.
 *   A span counts level-1 steps, as Redis's zskiplistLevel.span: head → rank r
 *   is r, rank a → rank b is b − a, rank a → NIL is n − a (0 from the last node).
 *   Each `spans[l-1]` has `levelKeys[l-1].length + 1` entries that sum to n, and
 *   a node's 1-based rank is the sum of the spans on any path to it.
 * - `lastSearch`: {key, found, comparisons, n} of the latest search op, or null.
 *
 * Ops: insert {key, level?} (level replaces the coin flips), delete {key},
 * search {key}, insertMany {count} (seeded distinct keys, one frame),
 * rank {key} and byRank {rank} (1-based, need spans on).
 */
import type { SimDefinition } from '../../engine/types';
import { skipListExamples } from './examples';
import { skipListInvariants } from './invariants';
import { runSkipList } from './model/run';
import type { SkipListHighlight, SkipListOp, SkipListParams, SkipListState } from './model/types';
import { checkSkipListOps, skipListOpSchema } from './opSchema';

export const skipListSim: SimDefinition<SkipListParams, SkipListOp, SkipListState, SkipListHighlight> = {
  id: 'skip-list',
  title: 'Skip list',
  tagline: 'Coin flips build the towers; a search moves right and down; Redis adds spans for ranks.',
  topics: ['data structures', 'randomized', 'search', 'Redis'],
  source:
    'W. Pugh, "Skip Lists: A Probabilistic Alternative to Balanced Trees", CACM 33(6), 1990; Redis src/t_zset.c (zslInsert, zslDeleteNode, zslGetRank, zslGetElementByRank)',
  timing: 'ordered',
  params: [
    {
      key: 'p',
      label: 'Probability p',
      help: 'Chance that a coin flip comes up heads and a new tower grows one more level.',
      kind: 'number',
      min: 0.05,
      max: 0.95,
      step: 0.05,
      default: 0.5,
    },
    {
      key: 'maxLevel',
      label: 'Max level',
      help: 'No tower grows past this level (Pugh’s MaxLevel; Redis uses 32).',
      kind: 'int',
      min: 1,
      max: 32,
      step: 1,
      default: 16,
    },
    {
      key: 'spans',
      label: 'Spans (Redis ranks)',
      help: 'Keep on every link how many nodes it jumps, as Redis does, so rank queries work.',
      kind: 'toggle',
      default: false,
    },
  ],
  opSchema: skipListOpSchema,
  checkOps: checkSkipListOps,
  maxOps: 5_000,
  run: runSkipList,
  invariants: skipListInvariants,
  examples: skipListExamples,
  defaultScenario: skipListExamples[0].scenario,
};
