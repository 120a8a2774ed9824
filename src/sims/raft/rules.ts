/**
 * Receiver rules of Figure 2 of the Raft paper (Ongaro & Ousterhout, 2014):
 * "RequestVote RPC — Receiver implementation" and "AppendEntries RPC —
 * Receiver implementation", plus the rule for all servers that a higher term
 * turns a server into a follower (§5.1). Each rule is a pure function of a
 * server and a message; it returns the server's new state and its reply.
 */
import type { RuleCtx, Step } from './ctx';
import { isAtLeastAsUpToDate, lastLogIndex, lastLogTerm, rangeText, spliceLog, termAt } from './log';
import type { LogEntry, Message, Outgoing, RaftNode } from './types';

type Msg<T extends Message['type']> = Extract<Message, { type: T }>;

/**
 * All servers (Figure 2): "If RPC request or response contains term T >
 * currentTerm: set currentTerm = T, convert to follower (§5.1)". A leader that
 * steps down gets an election timer again; a candidate keeps its running one.
 */
export function stepDown(node: RaftNode, term: number, ctx: RuleCtx): RaftNode {
  return {
    ...node,
    term,
    role: 'follower',
    votedFor: term > node.term ? null : node.votedFor,
    votesGranted: [],
    preVotesGranted: null,
    leaderId: term > node.term ? null : node.leaderId,
    nextIndex: null,
    matchIndex: null,
    heardSinceCheck: null,
    heartbeatAlarm: null,
    electionAlarm: node.role === 'leader' || node.electionAlarm === null ? ctx.newElectionAlarm() : node.electionAlarm,
  };
}

/** "S3 moves to term 4 and " when a message carried a higher term. */
function termPrefix(before: RaftNode, after: RaftNode, from: string): string {
  if (after.term === before.term) return '';
  const was = before.role === 'follower' ? '' : ` (no longer ${before.role})`;
  return `${before.id} adopts ${from}'s higher term ${after.term}${was}, then `;
}

/** RequestVote receiver (Figure 2, §5.2, §5.4.1); pre-votes go to `handlePreVoteRequest`. */
export function handleRequestVoteRequest(node: RaftNode, msg: Msg<'RequestVote'>, ctx: RuleCtx): Step {
  if (msg.preVote) return handlePreVoteRequest(node, msg, ctx);
  const cand = msg.from;
  // All servers: a higher term makes this server a follower of that term first.
  let n = msg.term > node.term ? stepDown(node, msg.term, ctx) : node;
  const prefix = termPrefix(node, n, cand);
  let granted = false;
  let why: string;
  if (msg.term < n.term) {
    // 1. Reply false if term < currentTerm (§5.1).
    why = `${n.id} refuses its vote to ${cand}: ${cand}'s term ${msg.term} is older than its term ${n.term}`;
  } else if (n.votedFor !== null && n.votedFor !== cand) {
    // 2. ... votedFor is null or candidateId ...
    why = `${n.id} refuses its vote to ${cand}: it already voted for ${n.votedFor === n.id ? "itself" : n.votedFor} in term ${n.term}`;
  } else if (!isAtLeastAsUpToDate(msg.lastLogTerm, msg.lastLogIndex, n.log)) {
    // ... and candidate's log is at least as up-to-date as receiver's log (§5.4.1).
    why =
      `${n.id} refuses its vote to ${cand} for term ${n.term}: ${cand}'s log (last term ${msg.lastLogTerm}, index ${msg.lastLogIndex}) ` +
      `is behind its own (last term ${lastLogTerm(n.log)}, index ${lastLogIndex(n.log)}), the election restriction (§5.4.1)`;
  } else {
    granted = true;
    // Followers: granting a vote restarts the election timer (Figure 2, Rules for Servers).
    n = { ...n, votedFor: cand, electionAlarm: ctx.newElectionAlarm() };
    why = `${n.id} grants its vote to ${cand} for term ${n.term}: ${cand}'s log is at least as up to date as its own`;
  }
  const reply: Outgoing = { type: 'RequestVoteReply', to: cand, term: n.term, voteGranted: granted };
  return { node: n, send: [reply], caption: prefix ? prefix + lowerFirst(why, n.id) : why };
}

/**
 * Pre-vote receiver (Raft thesis §9.6): grant when the candidate's log is up to
 * date, its proposed term is newer, and this server has not heard from a
 * leader within the minimum election timeout. Nothing changes on the receiver.
 */
export function handlePreVoteRequest(node: RaftNode, msg: Msg<'RequestVote'>, ctx: RuleCtx): Step {
  const cand = msg.from;
  const heardRecently =
    node.role === 'leader' ||
    (node.lastHeardFromLeader !== null && ctx.now - node.lastHeardFromLeader < ctx.params.electionTimeoutMin);
  let why: string;
  let granted = false;
  if (msg.term <= node.term) why = `its term ${node.term} is not older than the proposed term ${msg.term}`;
  else if (heardRecently)
    why = node.role === 'leader' ? 'it is the leader itself' : `it heard from leader ${node.leaderId ?? '?'} less than an election timeout ago`;
  else if (!isAtLeastAsUpToDate(msg.lastLogTerm, msg.lastLogIndex, node.log)) why = `${cand}'s log is behind its own`;
  else {
    granted = true;
    why = `${cand}'s log is up to date and it has not heard from a leader lately`;
  }
  const reply: Outgoing = { type: 'RequestVoteReply', to: cand, term: node.term, voteGranted: granted, preVoteTerm: msg.term };
  const verb = granted ? 'grants' : 'refuses';
  return { node, send: [reply], caption: `${node.id} ${verb} ${cand} a pre-vote for term ${msg.term}: ${why}` };
}

/** Where the entries of an AppendEntries land in a log: unchanged, appended to, or truncated at a conflict. */
export interface AppendResult {
  log: readonly LogEntry[];
  /** First index that changed (appended or replaced), or null when the log already held everything. */
  firstChanged: number | null;
  /** First index removed because it conflicted, or null. */
  truncatedFrom: number | null;
}

/**
 * AppendEntries receiver steps 3 and 4 (Figure 2): "If an existing entry
 * conflicts with a new one (same index but different terms), delete the
 * existing entry and all that follow it. Append any new entries not already in
 * the log." Entries already present are kept: a duplicate or reordered
 * AppendEntries must never truncate (§5.3).
 */
export function appendNewEntries(log: readonly LogEntry[], prevLogIndex: number, entries: readonly LogEntry[]): AppendResult {
  for (let k = 0; k < entries.length; k++) {
    const index = prevLogIndex + 1 + k;
    if (index > log.length) return { log: spliceLog(log, log.length, entries, k), firstChanged: index, truncatedFrom: null };
    if (log[index - 1].term !== entries[k].term) {
      return { log: spliceLog(log, index - 1, entries, k), firstChanged: index, truncatedFrom: index };
    }
  }
  return { log, firstChanged: null, truncatedFrom: null };
}

/** AppendEntries receiver (Figure 2, §5.3). */
export function handleAppendEntriesRequest(node: RaftNode, msg: Msg<'AppendEntries'>, ctx: RuleCtx): Step {
  const leader = msg.from;
  const reply = (n: RaftNode, success: boolean, matchIndex: number): Outgoing => ({
    type: 'AppendEntriesReply',
    to: leader,
    term: n.term,
    success,
    prevLogIndex: msg.prevLogIndex,
    matchIndex,
    lastLogIndex: lastLogIndex(n.log),
  });
  // 1. Reply false if term < currentTerm (§5.1).
  if (msg.term < node.term) {
    return {
      node,
      send: [reply(node, false, 0)],
      caption: `${node.id} rejects AppendEntries from ${leader}: its term ${msg.term} is older than ${node.id}'s term ${node.term}`,
    };
  }
  let n = msg.term > node.term ? stepDown(node, msg.term, ctx) : node;
  const prefix = termPrefix(node, n, leader);
  if (n.role === 'leader') {
    // Two leaders in one term would break Election Safety; the invariants report it.
    return { node: n, send: [reply(n, false, 0)], caption: `${n.id} is itself leader of term ${n.term} and rejects AppendEntries from ${leader}` };
  }
  // Candidates: "If AppendEntries RPC received from new leader: convert to follower" (§5.2).
  // Followers: a valid AppendEntries restarts the election timer.
  const wasCandidate = n.role === 'candidate';
  n = {
    ...n,
    role: 'follower',
    votesGranted: [],
    preVotesGranted: null,
    leaderId: leader,
    lastHeardFromLeader: ctx.now,
    electionAlarm: ctx.newElectionAlarm(),
  };
  const who = `${prefix}${wasCandidate ? `${n.id} accepts ${leader} as leader of term ${n.term} and` : n.id}`;
  // 2. Reply false if log doesn't contain an entry at prevLogIndex whose term matches prevLogTerm (§5.3).
  const have = termAt(n.log, msg.prevLogIndex);
  if (have === undefined) {
    return {
      node: n,
      send: [reply(n, false, 0)],
      caption: `${who} rejects AppendEntries from ${leader}: it has no entry at index ${msg.prevLogIndex} (its log ends at ${lastLogIndex(n.log)})`,
    };
  }
  if (have !== msg.prevLogTerm) {
    return {
      node: n,
      send: [reply(n, false, 0)],
      caption: `${who} rejects AppendEntries from ${leader}: its entry at index ${msg.prevLogIndex} has term ${have}, not ${msg.prevLogTerm}`,
    };
  }
  // 3 and 4. Truncate only on a real conflict; append what is new.
  const res = appendNewEntries(n.log, msg.prevLogIndex, msg.entries);
  const lastNew = msg.prevLogIndex + msg.entries.length;
  // 5. "If leaderCommit > commitIndex, set commitIndex = min(leaderCommit, index
  // of last new entry)". The max() keeps commitIndex from moving backwards
  // when a delayed AppendEntries covers a shorter prefix.
  let commitIndex = n.commitIndex;
  if (msg.leaderCommit > n.commitIndex) commitIndex = Math.max(n.commitIndex, Math.min(msg.leaderCommit, lastNew));
  if (res.log !== n.log || commitIndex !== n.commitIndex) n = { ...n, log: res.log, commitIndex };
  const parts: string[] = [];
  if (res.truncatedFrom !== null) parts.push(`deletes its conflicting entries from index ${res.truncatedFrom}`);
  if (res.firstChanged !== null) parts.push(`appends ${rangeText(res.firstChanged, lastNew)}`);
  else if (msg.entries.length > 0) parts.push(`already has ${rangeText(msg.prevLogIndex + 1, lastNew)}, so it keeps them and truncates nothing`);
  if (commitIndex > node.commitIndex) parts.push(`commits up to index ${commitIndex}`);
  const what =
    msg.entries.length === 0
      ? `accepts a heartbeat from ${leader} (term ${n.term})${parts.length ? ` and ${parts.join(' and ')}` : ''}`
      : `accepts AppendEntries from ${leader}: it ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]}`;
  return { node: n, send: [reply(n, true, lastNew)], caption: `${who} ${what}` };
}

function lowerFirst(s: string, id: string): string {
  // "S3 grants ..." after a prefix reads "..., then grants ..."
  return s.startsWith(`${id} `) ? s.slice(id.length + 1) : s;
}
