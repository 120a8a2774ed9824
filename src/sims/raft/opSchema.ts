/** Op schemas (zod 4) and the op rules that need the params. */
import { z } from 'zod';
import { describeValue } from '../../engine/params';
import { serverIds } from './model';
import type { RaftOp, RaftParams } from './types';

const serverId = z.string({ error: 'must be a server id like "S1"' }).regex(/^S[1-9]$/, { error: 'must be a server id like "S1"' });
const at = z
  .number({ error: 'must be a time in ms' })
  .int({ error: 'must be a whole number of ms' })
  .min(0, { error: 'must be at least 0 ms' })
  .max(60000, { error: 'must be at most 60000 ms' });

export const opSchema = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.literal('crash'), node: serverId, at }).strict(),
    z.object({ op: z.literal('restart'), node: serverId, at }).strict(),
    z
      .object({
        op: z.literal('partition'),
        groups: z
          .array(z.array(serverId, { error: 'each group must be a list of server ids' }).min(1, { error: 'a group must not be empty' }), {
            error: 'must be a list of groups of server ids',
          })
          .min(1, { error: 'must list at least one group' })
          .max(9, { error: 'must have at most 9 groups' }),
        at,
      })
      .strict(),
    z.object({ op: z.literal('heal'), at }).strict(),
    z
      .object({
        op: z.literal('request'),
        command: z.string({ error: 'must be a short text like "x=1"' }).min(1, { error: 'must not be empty' }).max(40, { error: 'must be at most 40 characters' }),
        node: serverId.optional(),
        at,
      })
      .strict(),
    z.object({ op: z.literal('timeout'), node: serverId, at }).strict(),
  ],
  { error: 'must be one of crash, restart, partition, heal, request, timeout' },
) as unknown as z.ZodType<RaftOp>;

/** Server ids exist for this cluster size; groups do not repeat a server; ops are in time order. */
export function checkOps(ops: RaftOp[], params: RaftParams): string[] {
  const ids = new Set(serverIds(params.nodes));
  const known = `S1…S${params.nodes} (the cluster has ${params.nodes} servers)`;
  const out: string[] = [];
  ops.forEach((o, i) => {
    if ('node' in o && o.node !== undefined && !ids.has(o.node)) out.push(`ops[${i}].node: must be one of ${known}, got ${describeValue(o.node)}`);
    if (o.op === 'partition') {
      const seen = new Set<string>();
      o.groups.forEach((g, gi) =>
        g.forEach((id, k) => {
          if (!ids.has(id)) out.push(`ops[${i}].groups[${gi}][${k}]: must be one of ${known}, got ${describeValue(id)}`);
          else if (seen.has(id)) out.push(`ops[${i}].groups[${gi}][${k}]: a server may appear in only one group, got ${describeValue(id)} twice`);
          seen.add(id);
        }),
      );
    }
    if (i > 0 && o.at < ops[i - 1].at) out.push(`ops[${i}].at: must not be earlier than the op before it (${ops[i - 1].at} ms), got ${o.at}`);
  });
  return out;
}
