import { sequentialRun } from '../../../engine/sequentialRun';
import type { ModelFrame } from '../../../engine/types';
import type { FrameOut } from './descend';
import { insertManyOp, insertOp, deleteOp, searchOp, type Working } from './operations';
import { byRankOp, rankOp } from './rankOps';
import { fullState } from './snapshot';
import { createSkipList } from './structure';
import type { SkipListHighlight, SkipListOp, SkipListParams, SkipListState } from './types';

function* applyOp(w: Working, op: SkipListOp): Generator<FrameOut> {
  switch (op.op) {
    case 'insert':
      return yield* insertOp(w, op.key, op.level);
    case 'delete':
      return yield* deleteOp(w, op.key);
    case 'search':
      return yield* searchOp(w, op.key);
    case 'insertMany':
      return yield* insertManyOp(w, op.count);
    case 'rank':
      return yield* rankOp(w, op.key);
    case 'byRank':
      return yield* byRankOp(w, op.rank);
  }
}

/** The skip-list model: same params, seed and ops give the same frames. */
export function runSkipList(
  params: SkipListParams,
  seed: number,
  ops: SkipListOp[],
): Iterable<ModelFrame<SkipListState, SkipListHighlight>> {
  return sequentialRun<Working, SkipListOp, SkipListState, SkipListHighlight>(
    () => {
      const list = createSkipList(params.p, params.maxLevel, seed);
      const w: Working = {
        list,
        state: fullState(list, params.spans, null),
        spansOn: params.spans,
      };
      return {
        model: w,
        frames: [
          {
            caption: `An empty skip list: p = ${params.p}, maxLevel ${params.maxLevel}${params.spans ? ', with Redis spans on every link' : ''}.`,
            state: w.state,
          },
        ],
      };
    },
    (w, op) => applyOp(w, op),
    ops,
  );
}
