/** The simulated network: latency, random drops and partitions, all from the seeded PRNG. */
import { nextBool, nextInt, type Prng } from '../../engine/prng';
import type { Message, Outgoing, RaftParams } from './types';

/** Groups as given, plus one group of every server they leave out. */
export function completeGroups(groups: readonly (readonly string[])[], ids: readonly string[]): string[][] {
  const listed = new Set(groups.flat());
  const rest = ids.filter((id) => !listed.has(id));
  const out = groups.filter((g) => g.length > 0).map((g) => [...g]);
  if (rest.length) out.push(rest);
  return out;
}

/** Can a and b talk? Messages across partition groups are lost. */
export function connected(partition: readonly (readonly string[])[] | null, a: string, b: string): boolean {
  if (partition === null) return true;
  return partition.some((g) => g.includes(a) && g.includes(b));
}

export interface NetDraft {
  time: number;
  messages: Message[];
  partition: readonly (readonly string[])[] | null;
  rng: Prng;
  seq: number;
  stats: { sent: number; delivered: number; lost: number };
}

/** Put RPCs on the wire. Returns who could not be reached and which were dropped at random. */
export function transmit(
  d: NetDraft,
  from: string,
  out: readonly Outgoing[],
  params: Pick<RaftParams, 'latencyMin' | 'latencyMax' | 'dropRate'>,
): { cut: string[]; dropped: string[] } {
  const cut: string[] = [];
  const dropped: string[] = [];
  for (const o of out) {
    d.stats.sent++;
    if (!connected(d.partition, from, o.to)) {
      cut.push(o.to);
      d.stats.lost++;
      continue;
    }
    if (params.dropRate > 0 && nextBool(d.rng, params.dropRate)) {
      dropped.push(o.to);
      d.stats.lost++;
      continue;
    }
    const latency = nextInt(d.rng, params.latencyMin, params.latencyMax);
    // Object.assign then plain stores, not `{ ...o, id, … }`: spreading RPCs of
    // four shapes made V8 take its slow path on every message (the whole
    // large bench run took 1.5-2× as long). Same keys in the same order.
    const m = Object.assign({}, o) as Record<string, unknown>;
    m.id = d.seq++;
    m.from = from;
    m.sentAt = d.time;
    m.deliverAt = d.time + latency;
    d.messages.push(m as Message);
  }
  return { cut, dropped };
}

/** " (S4 and S5 are cut off; the one to S2 is dropped by the network)" or "". */
export function lossNote(r: { cut: string[]; dropped: string[] }): string {
  const parts: string[] = [];
  if (r.cut.length) parts.push(`${r.cut.join(', ')} ${r.cut.length === 1 ? 'is' : 'are'} on the other side of the partition`);
  if (r.dropped.length) parts.push(`the network drops the message${r.dropped.length === 1 ? '' : 's'} to ${r.dropped.join(', ')}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}
