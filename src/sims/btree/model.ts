import { sequentialRun } from '../../engine/sequentialRun';
import type { ModelFrame } from '../../engine/types';
import { insertMany, insertOne, rangeScan } from './bulk';
import { deleteOnOverflow } from './deleteOnOverflow';
import { deletePreemptive } from './deletePreemptive';
import { nothingToDo, search } from './descend';
import { Tree, type StepFrame } from './tree';
import type { BTreeHighlight, BTreeOp, BTreeParams, BTreeState } from './types';

function describe(params: BTreeParams): string {
  const kind = params.variant === 'bplus' ? 'B+ tree' : 'B-tree';
  const m = params.order;
  const how =
    params.split === 'preemptive'
      ? `splitting full nodes on the way down (CLRS, t = ${m / 2})`
      : 'splitting nodes when they overflow';
  return `Empty ${kind} of order ${m} (at most ${m} children and ${m - 1} keys per node), ${how}.`;
}

function* apply(tree: Tree, op: BTreeOp): Generator<StepFrame> {
  tree.transient = undefined;
  switch (op.op) {
    case 'insert':
      if (tree.contains(op.key)) yield* nothingToDo(tree, 'Insert', op.key);
      else yield* insertOne(tree, op.key);
      return;
    case 'delete':
      if (!tree.contains(op.key)) yield* nothingToDo(tree, 'Delete', op.key);
      else yield* tree.preemptive ? deletePreemptive(tree, op.key) : deleteOnOverflow(tree, op.key);
      return;
    case 'search':
      yield* search(tree, op.key);
      return;
    case 'insertMany':
      yield* insertMany(tree, op.count, op.pattern);
      return;
    case 'range':
      yield* rangeScan(tree, op.from, op.to);
      return;
    case 'clear':
      tree.root = null;
      tree.size = 0;
      tree.path = [];
      yield* tree.emit('Clear: every key is removed and the tree is empty again.');
      return;
  }
}

export interface RunOptions {
  /** Tests: verify that structure sharing never publishes a stale node. */
  verify?: boolean;
}

/** The model: replays `ops` in order, one or more frames per op. */
export function runBTree(
  params: BTreeParams,
  seed: number,
  ops: readonly BTreeOp[],
  options: RunOptions = {},
): Generator<ModelFrame<BTreeState, BTreeHighlight>> {
  return sequentialRun<Tree, BTreeOp, BTreeState, BTreeHighlight>(
    () => {
      const tree = new Tree(params, seed);
      tree.verify = options.verify ?? false;
      return { model: tree, frames: [{ caption: describe(params), state: tree.state(), highlight: { path: [] } }] };
    },
    (tree, op) => apply(tree, op),
    ops,
  );
}
