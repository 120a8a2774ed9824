import { z } from 'zod';
import type { HashRingOp, HashRingParams } from './types';

/** Documented limits of the hash-ring simulation. */
export const RING_LIMITS = {
  /** Distinct node names a scenario may use. */
  maxNodes: 128,
  /** Keys a scenario may add in all (addKey ops plus addKeys counts). */
  maxKeys: 100_000,
  maxOps: 2_000,
  nameChars: 40,
  keyChars: 100,
  /**
   * Keys summed over every frame (a frame with 100,000 keys counts 100,000).
   * Each frame is a full snapshot, so this bounds the timeline's memory.
   */
  maxKeyFrames: 3_000_000,
} as const;

// Printable: no control, format, surrogate or unassigned characters (Unicode category C).
const printable = /^[^\p{C}]*$/u;

const nodeName = z
  .string({ error: 'must be a node name (text)' })
  .min(1, { error: 'must not be empty' })
  .max(RING_LIMITS.nameChars, { error: `must be at most ${RING_LIMITS.nameChars} characters` })
  .regex(printable, { error: 'must be printable text (no control characters)' });

const keyName = z
  .string({ error: 'must be a key (text)' })
  .min(1, { error: 'must not be empty' })
  .max(RING_LIMITS.keyChars, { error: `must be at most ${RING_LIMITS.keyChars} characters` })
  .regex(printable, { error: 'must be printable text (no control characters)' });

const intIn = (min: number, max: number) =>
  z
    .number({ error: `must be an integer from ${min} to ${max}` })
    .int({ error: `must be an integer from ${min} to ${max}` })
    .min(min, { error: `must be an integer from ${min} to ${max}` })
    .max(max, { error: `must be an integer from ${min} to ${max}` });

export const hashRingOpSchema = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.literal('addNode'), node: nodeName, weight: intIn(1, 1000).optional() }).strict(),
    z.object({ op: z.literal('removeNode'), node: nodeName }).strict(),
    z.object({ op: z.literal('addKey'), key: keyName }).strict(),
    z.object({ op: z.literal('removeKey'), key: keyName }).strict(),
    z.object({ op: z.literal('addKeys'), count: intIn(1, RING_LIMITS.maxKeys) }).strict(),
    z.object({ op: z.literal('lookup'), key: keyName }).strict(),
  ],
  { error: 'must be one of addNode, removeNode, addKey, removeKey, addKeys, lookup' },
) satisfies z.ZodType<HashRingOp>;

/** Frames an op produces, at most (for the memory budget). */
function framesOf(op: HashRingOp): number {
  if (op.op === 'addNode' || op.op === 'removeNode') return 2;
  return op.op === 'lookup' ? 3 : 1;
}

/** Rules across ops: how many nodes and keys a scenario may reach, and its timeline's size. */
export function checkHashRingOps(ops: readonly HashRingOp[], params: HashRingParams): string[] {
  void params;
  const errors: string[] = [];
  const names = new Set<string>();
  let added = 0;
  let keyFrames = 0;
  for (const op of ops) {
    if (op.op === 'addNode') names.add(op.node);
    if (op.op === 'addKey') added += 1;
    if (op.op === 'addKeys') added += op.count;
    keyFrames += Math.min(added, RING_LIMITS.maxKeys) * framesOf(op);
  }
  if (names.size > RING_LIMITS.maxNodes) {
    errors.push(`ops: the scenario adds ${names.size} different nodes; at most ${RING_LIMITS.maxNodes}`);
  }
  if (added > RING_LIMITS.maxKeys) {
    errors.push(`ops: the scenario adds ${added.toLocaleString('en-US')} keys (addKey ops plus addKeys counts); at most ${RING_LIMITS.maxKeys.toLocaleString('en-US')}`);
  } else if (keyFrames > RING_LIMITS.maxKeyFrames) {
    errors.push(
      `ops: too many ops after adding many keys (${keyFrames.toLocaleString('en-US')} keys summed over all frames; at most ${RING_LIMITS.maxKeyFrames.toLocaleString('en-US')}): add the keys later or use fewer ops after them`,
    );
  }
  return errors;
}
