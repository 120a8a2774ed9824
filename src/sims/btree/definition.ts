import { z } from 'zod';
import type { SimDefinition } from '../../engine/types';
import { KEY_LIMIT } from './bulk';
import { btreeExamples, btreeDefaultScenario } from './examples';
import { btreeInvariants } from './invariants';
import { runBTree } from './model';
import type { BTreeHighlight, BTreeOp, BTreeParams, BTreeState } from './types';

/** Sum of insertMany counts a scenario may ask for (keeps frames and links cheap). */
export const MAX_BULK_KEYS = 100_000;

const key = z
  .number({ error: 'must be an integer' })
  .int({ error: 'must be an integer' })
  .min(-KEY_LIMIT, { error: `must be at least -${KEY_LIMIT}` })
  .max(KEY_LIMIT, { error: `must be at most ${KEY_LIMIT}` });

const opSchema = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.literal('insert'), key }).strict(),
    z.object({ op: z.literal('delete'), key }).strict(),
    z.object({ op: z.literal('search'), key }).strict(),
    z
      .object({
        op: z.literal('insertMany'),
        count: z
          .number({ error: 'must be an integer from 1 to 20000' })
          .int({ error: 'must be an integer from 1 to 20000' })
          .min(1, { error: 'must be an integer from 1 to 20000' })
          .max(20_000, { error: 'must be an integer from 1 to 20000' }),
        pattern: z.enum(['random', 'ascending', 'descending'], { error: 'must be "random", "ascending" or "descending"' }),
      })
      .strict(),
    z.object({ op: z.literal('range'), from: key, to: key }).strict(),
    z.object({ op: z.literal('clear') }).strict(),
  ],
  { error: 'must be an op named "insert", "delete", "search", "insertMany", "range" or "clear"' },
) as z.ZodType<BTreeOp>;

export const btreeSim: SimDefinition<BTreeParams, BTreeOp, BTreeState, BTreeHighlight> = {
  id: 'btree',
  title: 'B-tree and B+ tree',
  tagline: 'Watch every split, borrow and merge of a B-tree or B+ tree of any order, and why it happens.',
  topics: ['storage', 'indexes', 'trees'],
  source:
    'Cormen, Leiserson, Rivest, Stein, Introduction to Algorithms (3rd ed.), ch. 18 (B-TREE-SPLIT-CHILD, B-TREE-DELETE); Knuth, TAOCP vol. 3, 6.2.4; Comer, "The Ubiquitous B-Tree" (1979) for B+ trees.',
  timing: 'ordered',
  params: [
    {
      key: 'order',
      label: 'Order',
      help: 'm, the most children a node may have (so at most m - 1 keys per node).',
      kind: 'int',
      min: 3,
      max: 16,
      step: 1,
      default: 4,
    },
    {
      key: 'split',
      label: 'Split',
      help: 'On overflow: insert into the leaf, split on the way back up. Preemptive (CLRS, even orders only): split full nodes on the way down.',
      kind: 'select',
      options: [
        { value: 'on-overflow', label: 'On overflow' },
        { value: 'preemptive', label: 'Preemptive (CLRS)' },
      ],
      default: 'on-overflow',
    },
    {
      key: 'variant',
      label: 'Variant',
      help: 'B-tree keeps keys in every node; B+ keeps keys in linked leaves and copies separators up.',
      kind: 'select',
      options: [
        { value: 'btree', label: 'B-tree' },
        { value: 'bplus', label: 'B+ tree' },
      ],
      default: 'btree',
    },
  ],
  checkParams: (p) =>
    p.split === 'preemptive' && p.order % 2 !== 0
      ? [
          `params.split: "preemptive" splitting (CLRS) is defined only for an even order m = 2t, got order ${p.order}; choose an even order or "on-overflow"`,
        ]
      : [],
  opSchema,
  checkOps: (ops) => {
    const errors: string[] = [];
    let bulk = 0;
    ops.forEach((o, i) => {
      if (o.op === 'range' && o.from > o.to) errors.push(`ops[${i}].to: must be at least from (${o.from}), got ${o.to}`);
      if (o.op === 'insertMany') bulk += o.count;
    });
    if (bulk > MAX_BULK_KEYS) errors.push(`ops: insertMany ops add ${bulk} keys in all; at most ${MAX_BULK_KEYS}`);
    return errors;
  },
  maxOps: 2000,
  run: (params, seed, ops) => runBTree(params, seed, ops),
  invariants: btreeInvariants,
  examples: btreeExamples,
  defaultScenario: btreeDefaultScenario,
};
