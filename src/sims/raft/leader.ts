/**
 * Leader rules (Raft §5.3, §5.4.2, Figure 2 "Rules for Servers: Leaders"),
 * and checkQuorum (Raft thesis §6.2).
 */
import type { RuleCtx, Step } from './ctx';
import { lastLogIndex, listIds, majority, peersOf, spliceLog, termAt } from './log';
import { stepDown } from './rules';
import type { Message, Outgoing, RaftNode } from './types';

type Msg<T extends Message['type']> = Extract<Message, { type: T }>;

/** The AppendEntries a leader sends `peer`: everything from nextIndex[peer] on (§5.3). */
export function appendEntriesFor(leader: RaftNode, peer: string): Outgoing {
  const next = leader.nextIndex?.[peer] ?? lastLogIndex(leader.log) + 1;
  const prevLogIndex = next - 1;
  return {
    type: 'AppendEntries',
    to: peer,
    term: leader.term,
    prevLogIndex,
    prevLogTerm: termAt(leader.log, prevLogIndex) ?? 0,
    entries: leader.log.slice(prevLogIndex),
    leaderCommit: leader.commitIndex,
  };
}

/** Leaders: "send initial empty AppendEntries RPCs (heartbeat) to each server; repeat during idle periods" (§5.2). */
export function sendHeartbeats(leader: RaftNode, ctx: RuleCtx): Step {
  const n: RaftNode = { ...leader, heartbeatAlarm: ctx.newHeartbeatAlarm() };
  const send = peersOf(n, ctx.ids).map((p) => appendEntriesFor(n, p));
  const behind = send.filter((m) => m.type === 'AppendEntries' && m.entries.length > 0).map((m) => m.to);
  const extra = behind.length ? `, with missing entries for ${listIds(behind)}` : '';
  return { node: n, send, caption: `${n.id}'s heartbeat timer fires: it sends AppendEntries to every follower${extra}` };
}

/** Leaders: "If command received from client: append entry to local log" (and replicate it at once). */
export function clientRequest(leader: RaftNode, command: string, ctx: RuleCtx): Step {
  const n: RaftNode = { ...leader, log: spliceLog(leader.log, leader.log.length, [{ term: leader.term, command }]) };
  const send = peersOf(n, ctx.ids).map((p) => appendEntriesFor(n, p));
  return {
    node: n,
    send,
    caption: `Leader ${n.id} appends "${command}" at index ${lastLogIndex(n.log)} (term ${n.term}) and sends it to the followers`,
  };
}

/** Servers (self included) whose log holds index `N`, by the leader's matchIndex. */
export function replicasOf(leader: RaftNode, N: number): string[] {
  const out = lastLogIndex(leader.log) >= N ? [leader.id] : [];
  const match = leader.matchIndex;
  if (match !== null) for (const peer in match) if (match[peer] >= N) out.push(peer);
  return out;
}

/**
 * Leaders: "If there exists an N such that N > commitIndex, a majority of
 * matchIndex[i] ≥ N, and log[N].term == currentTerm: set commitIndex = N"
 * (§5.3, §5.4). The term test is §5.4.2: an entry from an earlier term is
 * never committed by counting replicas (Figure 8); it commits only together
 * with a later entry of the current term.
 */
export function advanceCommitIndex(leader: RaftNode, clusterSize: number): { node: RaftNode; note: string } {
  const need = majority(clusterSize);
  let oldTerm: { N: number; term: number; on: string[] } | null = null;
  for (let N = lastLogIndex(leader.log); N > leader.commitIndex; N--) {
    const on = replicasOf(leader, N);
    if (on.length < need) continue;
    const term = termAt(leader.log, N) as number;
    if (term === leader.term) {
      return { node: { ...leader, commitIndex: N }, note: `index ${N} is now on a majority (${listIds(on)}), so ${leader.id} commits up to ${N}` };
    }
    if (oldTerm === null) oldTerm = { N, term, on };
  }
  if (oldTerm) {
    return {
      node: leader,
      note:
        `index ${oldTerm.N} is on a majority (${listIds(oldTerm.on)}) but is from term ${oldTerm.term}, not the current term ${leader.term}, ` +
        `so ${leader.id} does not commit it by counting replicas (§5.4.2)`,
    };
  }
  return { node: leader, note: '' };
}

/** Leaders (§5.3): on success update nextIndex/matchIndex and try to commit; on failure decrement nextIndex and retry. */
export function handleAppendEntriesReply(node: RaftNode, msg: Msg<'AppendEntriesReply'>, ctx: RuleCtx): Step {
  const from = msg.from;
  if (msg.term > node.term) {
    return {
      node: stepDown(node, msg.term, ctx),
      send: [],
      caption: `${node.id} learns of the higher term ${msg.term} from ${from}'s reply and steps down to follower`,
    };
  }
  if (node.role !== 'leader' || msg.term !== node.term || node.nextIndex === null || node.matchIndex === null) {
    return { node, send: [], caption: `${node.id} ignores a stale AppendEntries reply from ${from} (term ${msg.term})` };
  }
  const heard =
    node.heardSinceCheck && !node.heardSinceCheck.includes(from) ? [...node.heardSinceCheck, from] : node.heardSinceCheck;
  const match = node.matchIndex[from] ?? 0;
  const next = node.nextIndex[from] ?? 1;
  if (msg.success) {
    const m = Math.max(match, msg.matchIndex);
    let n: RaftNode = {
      ...node,
      heardSinceCheck: heard,
      matchIndex: { ...node.matchIndex, [from]: m },
      nextIndex: { ...node.nextIndex, [from]: Math.max(next, m + 1) },
    };
    const res = advanceCommitIndex(n, ctx.ids.length);
    n = res.node;
    const head = m > match ? `${from} now holds the leader's log up to index ${m}` : `${from} acknowledges ${n.id}'s AppendEntries`;
    return { node: n, send: [], caption: res.note ? `${head}; ${res.note}` : head };
  }
  // "If AppendEntries fails because of log inconsistency: decrement nextIndex
  // and retry". Jumping to the follower's log end when it is shorter is the
  // optimisation sketched at the end of §5.3; never below matchIndex + 1.
  const newNext = Math.max(match + 1, Math.min(next - 1, msg.prevLogIndex, msg.lastLogIndex + 1), 1);
  const n: RaftNode = { ...node, heardSinceCheck: heard, nextIndex: { ...node.nextIndex, [from]: newNext } };
  return {
    node: n,
    send: [appendEntriesFor(n, from)],
    caption: `${from}'s log does not match at index ${msg.prevLogIndex}: ${n.id} moves nextIndex[${from}] back to ${newNext} and retries`,
  };
}

/**
 * checkQuorum (Raft thesis §6.2): a leader steps down when an election
 * timeout passes without hearing from a majority, so a leader cut off in a
 * minority stops accepting requests.
 */
export function checkQuorum(leader: RaftNode, ctx: RuleCtx): Step {
  const heard = leader.heardSinceCheck ?? [];
  const active = [leader.id, ...heard];
  if (active.length >= majority(ctx.ids.length)) {
    return {
      node: { ...leader, heardSinceCheck: [], electionAlarm: ctx.newElectionAlarm() },
      send: [],
      caption: `${leader.id} checks its quorum: it heard from ${listIds(heard)} within an election timeout, a majority with itself, so it stays leader`,
    };
  }
  const n: RaftNode = {
    ...leader,
    role: 'follower',
    leaderId: null,
    nextIndex: null,
    matchIndex: null,
    heardSinceCheck: null,
    heartbeatAlarm: null,
    electionAlarm: ctx.newElectionAlarm(),
  };
  const heardText = heard.length ? `only ${listIds(heard)}` : 'no follower';
  return {
    node: n,
    send: [],
    caption: `${leader.id} heard from ${heardText} within an election timeout, not a majority: it steps down (checkQuorum, thesis §6.2)`,
  };
}
