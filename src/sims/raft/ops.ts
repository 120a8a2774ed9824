/** User ops (issue 5): crash, restart, partition, heal, client request, forced timeout. */
import type { RuleCtx, Step } from './ctx';
import { onElectionTimeout } from './election';
import { clientRequest } from './leader';
import { completeGroups, connected } from './network';
import type { Message, RaftNode, RaftOp } from './types';

export interface OpDraft {
  nodes: RaftNode[];
  messages: Message[];
  partition: readonly (readonly string[])[] | null;
}

/** What an op did: a caption, and possibly a rule step whose RPCs the loop must send. */
export interface OpResult {
  caption: string;
  step?: Step;
  nodes: string[];
}

function groupText(g: readonly string[]): string {
  return `{${g.join(', ')}}`;
}

export function applyOp(d: OpDraft, op: RaftOp, ctx: RuleCtx): OpResult {
  const idx = 'node' in op && op.node !== undefined ? d.nodes.findIndex((n) => n.id === op.node) : -1;
  const node = idx >= 0 ? d.nodes[idx] : undefined;
  switch (op.op) {
    case 'crash': {
      if (!node!.alive) return { caption: `${op.node} is already down: nothing to crash`, nodes: [op.node] };
      // Volatile state is gone; currentTerm, votedFor and log are on stable storage (Figure 2).
      d.nodes[idx] = {
        ...node!,
        alive: false,
        role: 'follower',
        votesGranted: [],
        preVotesGranted: null,
        leaderId: null,
        nextIndex: null,
        matchIndex: null,
        heardSinceCheck: null,
        electionAlarm: null,
        heartbeatAlarm: null,
      };
      const before = d.messages.length;
      d.messages = d.messages.filter((m) => m.to !== op.node);
      const lost = before - d.messages.length;
      const was = node!.role === 'leader' ? `Leader ${op.node}` : op.node;
      return {
        caption: `${was} crashes: it keeps its term ${node!.term}, vote and log on disk${lost ? `; ${lost} message${lost === 1 ? '' : 's'} on the way to it ${lost === 1 ? 'is' : 'are'} lost` : ''}`,
        nodes: [op.node],
      };
    }
    case 'restart': {
      if (node!.alive) return { caption: `${op.node} is already running: nothing to restart`, nodes: [op.node] };
      d.nodes[idx] = { ...node!, alive: true, role: 'follower', commitIndex: 0, lastHeardFromLeader: null, electionAlarm: ctx.newElectionAlarm() };
      return {
        caption: `${op.node} restarts as a follower with its saved term ${node!.term}, vote${node!.votedFor ? ` (${node!.votedFor})` : ''} and ${node!.log.length}-entry log; its commit index starts again at 0`,
        nodes: [op.node],
      };
    }
    case 'partition': {
      const groups = completeGroups(op.groups, ctx.ids);
      d.partition = groups.length > 1 ? groups : null;
      const before = d.messages.length;
      d.messages = d.messages.filter((m) => connected(d.partition, m.from, m.to));
      const lost = before - d.messages.length;
      if (d.partition === null) return { caption: 'The partition puts every server in one group: the network is whole', nodes: [] };
      return {
        caption: `The network splits into ${groups.map(groupText).join(' and ')}${lost ? `: ${lost} message${lost === 1 ? '' : 's'} in flight between groups ${lost === 1 ? 'is' : 'are'} lost` : ''}`,
        nodes: [],
      };
    }
    case 'heal': {
      if (d.partition === null) return { caption: 'The network is already whole: nothing to heal', nodes: [] };
      d.partition = null;
      return { caption: 'The partition heals: every server can reach every other again', nodes: [] };
    }
    case 'request':
      return request(d, op, ctx);
    case 'timeout': {
      if (!node!.alive) return { caption: `${op.node} is down: its election timer cannot fire`, nodes: [op.node] };
      if (node!.role === 'leader') return { caption: `${op.node} is the leader: it has no election timer to fire`, nodes: [op.node] };
      const step = onElectionTimeout(node!, ctx, 'its election timer is made to fire now');
      return { caption: step.caption, step, nodes: [op.node] };
    }
  }
}

function request(d: OpDraft, op: Extract<RaftOp, { op: 'request' }>, ctx: RuleCtx): OpResult {
  const cmd = `"${op.command}"`;
  let leader: RaftNode | undefined;
  if (op.node !== undefined) {
    const n = d.nodes.find((x) => x.id === op.node)!;
    if (!n.alive) return { caption: `The client sends ${cmd} to ${n.id}, which is down: the request is lost`, nodes: [n.id] };
    if (n.role !== 'leader') {
      const hint = n.leaderId ? ` (it believes ${n.leaderId} leads term ${n.term})` : '';
      return { caption: `The client sends ${cmd} to ${n.id}, which is not the leader and rejects it${hint}`, nodes: [n.id] };
    }
    leader = n;
  } else {
    // "The leader at that moment": the live leader with the highest term (a stale one may linger in a minority).
    for (const n of d.nodes) if (n.alive && n.role === 'leader' && (!leader || n.term > leader.term)) leader = n;
    if (!leader) return { caption: `The client sends ${cmd}, but there is no leader right now: the request is dropped`, nodes: [] };
  }
  const step = clientRequest(leader, op.command, ctx);
  return { caption: step.caption, step, nodes: [leader.id] };
}
