/**
 * The event queue. Every pending event lives in the state itself — messages in
 * flight carry their delivery time, each server its timers, the scenario its
 * next op — so the queue is read off the state: the pending event with the
 * smallest (time, sequence number). Sequence numbers are handed out when an
 * event is scheduled, so ties resolve in scheduling order, deterministically.
 * A cancelled timer is simply overwritten: no stale entries to skip.
 */
import type { Message, RaftOp, RaftState } from './types';

export type RaftEvent =
  | { kind: 'deliver'; time: number; seq: number; message: Message }
  | { kind: 'electionAlarm'; time: number; seq: number; node: string }
  | { kind: 'heartbeatAlarm'; time: number; seq: number; node: string }
  /** Ops come after every event of the same millisecond, so acting at a frame keeps the frames before it. */
  | { kind: 'op'; time: number; seq: number; index: number };

function earlier(a: { time: number; seq: number }, b: { time: number; seq: number } | null): boolean {
  return b === null || a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

export function nextEvent(state: RaftState, ops: readonly RaftOp[]): RaftEvent | null {
  let best: RaftEvent | null = null;
  for (const m of state.messages) {
    const e = { kind: 'deliver' as const, time: m.deliverAt, seq: m.id, message: m };
    if (earlier(e, best)) best = e;
  }
  for (const n of state.nodes) {
    if (!n.alive) continue;
    if (n.electionAlarm) {
      const e = { kind: 'electionAlarm' as const, time: n.electionAlarm.at, seq: n.electionAlarm.seq, node: n.id };
      if (earlier(e, best)) best = e;
    }
    if (n.heartbeatAlarm) {
      const e = { kind: 'heartbeatAlarm' as const, time: n.heartbeatAlarm.at, seq: n.heartbeatAlarm.seq, node: n.id };
      if (earlier(e, best)) best = e;
    }
  }
  if (state.opsApplied < ops.length) {
    const e = { kind: 'op' as const, time: ops[state.opsApplied].at, seq: Number.MAX_SAFE_INTEGER, index: state.opsApplied };
    if (earlier(e, best)) best = e;
  }
  return best;
}
