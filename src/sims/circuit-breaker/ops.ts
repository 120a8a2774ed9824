import { z } from 'zod';
import { BREAKER_STATES, type CircuitBreakerOp, type CircuitBreakerParams } from './types';

/** Ops of issue 6, each with `at` in simulated ms from 0. */

const at = z
  .number({ error: 'must be a time in ms (an integer ≥ 0)' })
  .int({ error: 'must be a time in ms (an integer ≥ 0)' })
  .min(0, { error: 'must be a time in ms (an integer ≥ 0)' });

const ms = (what: string) =>
  z
    .number({ error: `must be ${what} in ms (an integer from 0 to 600000)` })
    .int({ error: `must be ${what} in ms (an integer from 0 to 600000)` })
    .min(0, { error: `must be ${what} in ms (an integer from 0 to 600000)` })
    .max(600000, { error: `must be ${what} in ms (an integer from 0 to 600000)` });

const stateName = z.enum(BREAKER_STATES as [string, ...string[]], {
  error: `must be one of ${BREAKER_STATES.map((s) => `"${s}"`).join(', ')}`,
});

export const opSchema = z.discriminatedUnion(
  'op',
  [
    z
      .object({
        op: z.literal('call'),
        at,
        outcome: z.enum(['success', 'failure'], { error: 'must be "success" or "failure"' }),
        durationMs: ms('a duration'),
      })
      .strict(),
    z.object({ op: z.literal('acquire'), at }).strict(),
    z
      .object({
        op: z.literal('backend'),
        at,
        failureRate: z
          .number({ error: 'must be a probability from 0 to 1' })
          .min(0, { error: 'must be a probability from 0 to 1' })
          .max(1, { error: 'must be a probability from 0 to 1' }),
        latencyMs: ms('a latency'),
      })
      .strict(),
    z.object({ op: z.literal('transition'), at, to: stateName }).strict(),
  ],
  { error: 'must be an op: "call", "acquire", "backend" or "transition"' },
) as unknown as z.ZodType<CircuitBreakerOp>;

/** Ops run in time order: `at` never decreases along the list and stays within the run. */
export function checkOps(ops: CircuitBreakerOp[], p: CircuitBreakerParams): string[] {
  const errors: string[] = [];
  let prev = 0;
  ops.forEach((o, i) => {
    if (o.at > p.duration) errors.push(`ops[${i}].at: must be within the run (at most duration = ${p.duration} ms), got ${o.at}`);
    if (o.at < prev) errors.push(`ops[${i}].at: must not be earlier than the op before it (${prev} ms), got ${o.at}`);
    prev = Math.max(prev, o.at);
  });
  return errors;
}
