import { z } from 'zod';
import type { SkipListOp, SkipListParams } from './model/types';

/** Keys are integers that fit the picture's cells and stay exact as doubles. */
export const KEY_LIMIT = 999_999_999;
/** Most keys one scenario may hold (insertMany counts plus inserts). */
export const MAX_KEYS = 200_000;

const key = z
  .number({ error: 'must be an integer' })
  .int({ error: 'must be an integer' })
  .min(-KEY_LIMIT, {
    error: `must be an integer from ${-KEY_LIMIT} to ${KEY_LIMIT}`,
  })
  .max(KEY_LIMIT, {
    error: `must be an integer from ${-KEY_LIMIT} to ${KEY_LIMIT}`,
  });

export const skipListOpSchema = z.discriminatedUnion(
  'op',
  [
    z
      .object({
        op: z.literal('insert'),
        key,
        level: z
          .number({ error: 'must be an integer from 1 to 32' })
          .int({ error: 'must be an integer from 1 to 32' })
          .min(1, { error: 'must be an integer from 1 to 32' })
          .max(32, { error: 'must be an integer from 1 to 32' })
          .optional(),
      })
      .strict(),
    z.object({ op: z.literal('delete'), key }).strict(),
    z.object({ op: z.literal('search'), key }).strict(),
    z
      .object({
        op: z.literal('insertMany'),
        count: z
          .number({ error: 'must be an integer from 1 to 100000' })
          .int({ error: 'must be an integer from 1 to 100000' })
          .min(1, { error: 'must be an integer from 1 to 100000' })
          .max(100_000, { error: 'must be an integer from 1 to 100000' }),
      })
      .strict(),
    z.object({ op: z.literal('rank'), key }).strict(),
    z
      .object({
        op: z.literal('byRank'),
        rank: z
          .number({
            error: 'must be an integer rank ≥ 1 (ranks are 1-based, as in Redis)',
          })
          .int({
            error: 'must be an integer rank ≥ 1 (ranks are 1-based, as in Redis)',
          })
          .min(1, {
            error: 'must be an integer rank ≥ 1 (ranks are 1-based, as in Redis)',
          })
          .max(MAX_KEYS, { error: `must be a rank from 1 to ${MAX_KEYS}` }),
      })
      .strict(),
  ],
  {
    error: 'must be one of the ops insert, delete, search, insertMany, rank, byRank',
  },
) as unknown as z.ZodType<SkipListOp>;

/** Rules that need the params: spans for ranks, maxLevel for given levels, a size cap. */
export function checkSkipListOps(ops: SkipListOp[], params: SkipListParams): string[] {
  const errors: string[] = [];
  let keys = 0;
  ops.forEach((o, i) => {
    if ((o.op === 'rank' || o.op === 'byRank') && !params.spans) {
      errors.push(`ops[${i}].op: "${o.op}" needs params.spans on (ranks are read off Redis-style spans), got spans = false`);
    }
    if (o.op === 'insert' && o.level !== undefined && o.level > params.maxLevel) {
      errors.push(`ops[${i}].level: must be at most maxLevel (${params.maxLevel}), got ${o.level}`);
    }
    if (o.op === 'insert') keys += 1;
    if (o.op === 'insertMany') keys += o.count;
  });
  if (keys > MAX_KEYS) errors.push(`ops: at most ${MAX_KEYS} keys in all (inserts plus insertMany counts), got ${keys}`);
  return errors;
}
