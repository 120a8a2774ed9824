/**
 * Leader election (Raft §5.2, Figure 2 "Rules for Servers": Followers,
 * Candidates), with the optional pre-vote phase of the Raft thesis §9.6.
 */
import type { RuleCtx, Step } from './ctx';
import { appendEntriesFor } from './leader';
import { lastLogIndex, lastLogTerm, listIds, majority, peersOf } from './log';
import { stepDown } from './rules';
import type { Message, Outgoing, RaftNode } from './types';

type Msg<T extends Message['type']> = Extract<Message, { type: T }>;

/**
 * Followers: "If election timeout elapses without receiving AppendEntries RPC
 * from current leader or granting vote to candidate: convert to candidate".
 * Candidates: "If election timeout elapses: start new election". With pre-vote
 * on, a server first asks whether it could win (thesis §9.6).
 */
export function onElectionTimeout(node: RaftNode, ctx: RuleCtx, why = 'its election timer fires'): Step {
  if (ctx.params.preVote) return startPreVote(node, ctx, why);
  return startNewElection(node, ctx, why);
}

/** Candidates (§5.2): increment currentTerm, vote for self, reset the election timer, send RequestVote to all others. */
export function startNewElection(node: RaftNode, ctx: RuleCtx, why: string): Step {
  const n: RaftNode = {
    ...node,
    role: 'candidate',
    term: node.term + 1,
    votedFor: node.id,
    votesGranted: [node.id],
    preVotesGranted: null,
    leaderId: null,
    electionAlarm: ctx.newElectionAlarm(),
  };
  const send: Outgoing[] = peersOf(n, ctx.ids).map((to) => ({
    type: 'RequestVote',
    to,
    term: n.term,
    lastLogIndex: lastLogIndex(n.log),
    lastLogTerm: lastLogTerm(n.log),
  }));
  return {
    node: n,
    send,
    caption: `${n.id}: ${why}; it becomes a candidate for term ${n.term}, votes for itself and asks the others for their votes`,
  };
}

/** Pre-vote (thesis §9.6): ask for votes for term+1 without changing term or vote, so a cut-off server cannot inflate terms. */
export function startPreVote(node: RaftNode, ctx: RuleCtx, why: string): Step {
  const n: RaftNode = {
    ...node,
    role: 'follower',
    votesGranted: [],
    preVotesGranted: [node.id],
    electionAlarm: ctx.newElectionAlarm(),
  };
  const send: Outgoing[] = peersOf(n, ctx.ids).map((to) => ({
    type: 'RequestVote',
    to,
    term: n.term + 1,
    lastLogIndex: lastLogIndex(n.log),
    lastLogTerm: lastLogTerm(n.log),
    preVote: true,
  }));
  return {
    node: n,
    send,
    caption: `${n.id}: ${why}; with pre-vote on, it first asks whether it could win term ${n.term + 1}, without changing its own term`,
  };
}

/** Candidate's handling of a vote (or pre-vote) reply. */
export function handleRequestVoteReply(node: RaftNode, msg: Msg<'RequestVoteReply'>, ctx: RuleCtx): Step {
  const from = msg.from;
  if (msg.term > node.term) {
    const n = stepDown(node, msg.term, ctx);
    return { node: n, send: [], caption: `${node.id} learns of the higher term ${msg.term} from ${from}'s reply and becomes a follower` };
  }
  if (msg.preVoteTerm !== undefined) return handlePreVoteReply(node, msg, ctx);
  if (node.role !== 'candidate' || msg.term !== node.term) {
    const now = node.role === 'candidate' ? `a candidate in term ${node.term}` : `${node.role} in term ${node.term}`;
    return { node, send: [], caption: `${node.id} ignores ${from}'s vote reply for term ${msg.term}: it is now ${now}` };
  }
  if (!msg.voteGranted) {
    return { node, send: [], caption: `${node.id} hears that ${from} refused its vote for term ${node.term}` };
  }
  if (node.votesGranted.includes(from)) {
    return { node, send: [], caption: `${node.id} already counted ${from}'s vote for term ${node.term}` };
  }
  const votes = [...node.votesGranted, from];
  const need = majority(ctx.ids.length);
  if (votes.length >= need) {
    const won = becomeLeader({ ...node, votesGranted: votes }, ctx);
    return {
      ...won,
      caption: `${node.id} receives ${from}'s vote and wins term ${node.term} with ${votes.length} of ${ctx.ids.length} votes (${listIds(votes)}): it becomes leader and sends AppendEntries to assert its authority`,
    };
  }
  return {
    node: { ...node, votesGranted: votes },
    send: [],
    caption: `${node.id} receives ${from}'s vote for term ${node.term}: ${votes.length} of the ${need} it needs`,
  };
}

function handlePreVoteReply(node: RaftNode, msg: Msg<'RequestVoteReply'>, ctx: RuleCtx): Step {
  const from = msg.from;
  if (node.preVotesGranted === null || msg.preVoteTerm !== node.term + 1 || node.role === 'leader') {
    return { node, send: [], caption: `${node.id} ignores ${from}'s pre-vote reply: it is no longer asking for term ${msg.preVoteTerm}` };
  }
  if (!msg.voteGranted) return { node, send: [], caption: `${node.id} hears that ${from} refused it a pre-vote for term ${msg.preVoteTerm}` };
  if (node.preVotesGranted.includes(from)) return { node, send: [], caption: `${node.id} already counted ${from}'s pre-vote` };
  const granted = [...node.preVotesGranted, from];
  if (granted.length >= majority(ctx.ids.length)) {
    return startNewElection({ ...node, preVotesGranted: granted }, ctx, `${from}'s pre-vote gives it a majority (${listIds(granted)})`);
  }
  return { node: { ...node, preVotesGranted: granted }, send: [], caption: `${node.id} receives ${from}'s pre-vote for term ${msg.preVoteTerm}` };
}

/** Leaders (§5.2, Figure 2 "State"): reinitialise nextIndex and matchIndex, then send initial empty AppendEntries. */
export function becomeLeader(node: RaftNode, ctx: RuleCtx): Step {
  const peers = peersOf(node, ctx.ids);
  const nextIndex: Record<string, number> = {};
  const matchIndex: Record<string, number> = {};
  for (const p of peers) {
    nextIndex[p] = lastLogIndex(node.log) + 1;
    matchIndex[p] = 0;
  }
  const n: RaftNode = {
    ...node,
    role: 'leader',
    leaderId: node.id,
    preVotesGranted: null,
    nextIndex,
    matchIndex,
    heardSinceCheck: ctx.params.checkQuorum ? [] : null,
    electionAlarm: ctx.params.checkQuorum ? ctx.newElectionAlarm() : null,
    heartbeatAlarm: ctx.newHeartbeatAlarm(),
  };
  return { node: n, send: peers.map((p) => appendEntriesFor(n, p)), caption: `${n.id} becomes leader of term ${n.term}` };
}
