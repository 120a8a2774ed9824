/**
 * The Raft simulation loop: a deterministic discrete-event simulation in
 * simulated milliseconds. Each step takes the earliest pending event
 * (events.ts), applies the rule it triggers (rules.ts, election.ts,
 * leader.ts, ops.ts), puts the resulting RPCs on the network (network.ts),
 * records history (history.ts) and yields one frame.
 */
import { clonePrng, createPrng, nextInt } from '../../engine/prng';
import type { ModelFrame } from '../../engine/types';
import type { RuleCtx, Step } from './ctx';
import { handleRequestVoteReply, onElectionTimeout } from './election';
import { nextEvent, type RaftEvent } from './events';
import { checkQuorum, handleAppendEntriesReply, sendHeartbeats } from './leader';
import { connected, lossNote, transmit, type NetDraft } from './network';
import { applyOp } from './ops';
import { handleAppendEntriesRequest, handleRequestVoteRequest } from './rules';
import { recordHistory } from './history';
import type { Message, RaftHighlight, RaftNode, RaftOp, RaftParams, RaftState } from './types';

/** A run stops after this many frames (documented in the README and the definition). */
export const MAX_FRAMES = 20_000;

export function serverIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `S${i + 1}`);
}

interface Draft extends NetDraft {
  nodes: RaftNode[];
}

function makeCtx(d: Draft, params: RaftParams, ids: readonly string[]): RuleCtx {
  return {
    now: d.time,
    ids,
    params,
    newElectionAlarm: () => ({
      at: d.time + nextInt(d.rng, params.electionTimeoutMin, params.electionTimeoutMax),
      setAt: d.time,
      seq: d.seq++,
    }),
    newHeartbeatAlarm: () => ({ at: d.time + params.heartbeatInterval, setAt: d.time, seq: d.seq++ }),
  };
}

export function initialState(params: RaftParams, seed: number): RaftState {
  const ids = serverIds(params.nodes);
  const d: Draft = { time: 0, nodes: [], messages: [], partition: null, rng: createPrng(seed), seq: 0, stats: { sent: 0, delivered: 0, lost: 0 } };
  const ctx = makeCtx(d, params, ids);
  for (const id of ids) {
    d.nodes.push({
      id,
      role: 'follower',
      term: 0,
      votedFor: null,
      log: [],
      commitIndex: 0,
      alive: true,
      votesGranted: [],
      preVotesGranted: null,
      leaderId: null,
      lastHeardFromLeader: null,
      nextIndex: null,
      matchIndex: null,
      heardSinceCheck: null,
      electionAlarm: ctx.newElectionAlarm(),
      heartbeatAlarm: null,
    });
  }
  return {
    time: 0,
    nodes: d.nodes,
    messages: [],
    partition: null,
    leaders: [],
    elections: [],
    committed: [],
    leaderLogsBefore: [],
    rng: d.rng,
    seq: d.seq,
    opsApplied: 0,
    stats: d.stats,
  };
}

/** Apply a rule's result: replace the server, send its RPCs, and note any that could not go out. */
function commit(d: Draft, params: RaftParams, step: Step): string {
  const i = d.nodes.findIndex((n) => n.id === step.node.id);
  d.nodes[i] = step.node;
  return lossNote(transmit(d, step.node.id, step.send, params));
}

function deliver(d: Draft, m: Message, params: RaftParams, ctx: RuleCtx): string {
  d.messages = d.messages.filter((x) => x.id !== m.id);
  const to = d.nodes.find((n) => n.id === m.to)!;
  // Crashes and partitions remove the messages they cut off, so these are defensive.
  if (!to.alive || !connected(d.partition, m.from, m.to)) {
    d.stats.lost++;
    return `${m.type} from ${m.from} to ${m.to} is lost: ${to.alive ? 'the network is partitioned' : `${m.to} is down`}`;
  }
  d.stats.delivered++;
  let step: Step;
  switch (m.type) {
    case 'RequestVote':
      step = handleRequestVoteRequest(to, m, ctx);
      break;
    case 'RequestVoteReply':
      step = handleRequestVoteReply(to, m, ctx);
      break;
    case 'AppendEntries':
      step = handleAppendEntriesRequest(to, m, ctx);
      break;
    case 'AppendEntriesReply':
      step = handleAppendEntriesReply(to, m, ctx);
      break;
  }
  return step.caption + commit(d, params, step);
}

function alarm(d: Draft, id: string, kind: 'electionAlarm' | 'heartbeatAlarm', params: RaftParams, ctx: RuleCtx): string {
  const node = d.nodes.find((n) => n.id === id)!;
  let step: Step;
  if (kind === 'heartbeatAlarm') step = sendHeartbeats(node, ctx);
  else if (node.role === 'leader') step = checkQuorum(node, ctx);
  else step = onElectionTimeout(node, ctx);
  return step.caption + commit(d, params, step);
}

/** One event → the next state, its caption and highlight. */
export function applyEvent(
  state: RaftState,
  ev: RaftEvent,
  params: RaftParams,
  ops: readonly RaftOp[],
): { state: RaftState; caption: string; highlight: RaftHighlight } {
  const ids = state.nodes.map((n) => n.id);
  const d: Draft = {
    time: ev.time,
    nodes: [...state.nodes],
    messages: [...state.messages],
    partition: state.partition,
    rng: clonePrng(state.rng),
    seq: state.seq,
    stats: { ...state.stats },
  };
  const ctx = makeCtx(d, params, ids);
  let caption: string;
  let highlight: RaftHighlight;
  let opsApplied = state.opsApplied;
  if (ev.kind === 'deliver') {
    caption = deliver(d, ev.message, params, ctx);
    highlight = { nodes: [ev.message.from, ev.message.to], delivered: ev.message };
  } else if (ev.kind === 'op') {
    const res = applyOp(d, ops[ev.index], ctx);
    caption = res.step ? res.caption + commit(d, params, res.step) : res.caption;
    highlight = { nodes: res.nodes };
    opsApplied = ev.index + 1;
  } else {
    caption = alarm(d, ev.node, ev.kind, params, ctx);
    highlight = { nodes: [ev.node] };
  }
  const history = recordHistory(state, d.nodes, d.time);
  const next: RaftState = {
    time: d.time,
    nodes: d.nodes,
    messages: d.messages,
    partition: d.partition,
    ...history,
    rng: d.rng,
    seq: d.seq,
    opsApplied,
    stats: d.stats,
  };
  return { state: next, caption: `${caption}.`, highlight };
}

function intro(params: RaftParams): string {
  return (
    `${params.nodes} servers start as followers in term 0 with empty logs; ` +
    `each waits for a random election timeout between ${params.electionTimeoutMin} and ${params.electionTimeoutMax} ms.`
  );
}

/** The model (SimDefinition.run): frames until `duration` ms of simulated time, at most MAX_FRAMES. */
export function* runRaft(params: RaftParams, seed: number, ops: readonly RaftOp[]): Generator<ModelFrame<RaftState, RaftHighlight>> {
  let state = initialState(params, seed);
  yield { op: null, caption: intro(params), state, highlight: { nodes: [] } };
  let frames = 1;
  for (;;) {
    const ev = nextEvent(state, ops);
    if (ev === null || ev.time > params.duration) break;
    if (frames >= MAX_FRAMES - 1) {
      yield {
        op: null,
        caption: `The run stops at ${state.time} ms: it reached the limit of ${MAX_FRAMES} frames (shorten the duration or slow the heartbeat).`,
        state,
        highlight: { nodes: [] },
      };
      return;
    }
    const r = applyEvent(state, ev, params, ops);
    state = r.state;
    frames++;
    yield { op: ev.kind === 'op' ? ev.index : null, caption: r.caption, state, highlight: r.highlight };
  }
  const skipped = ops.length - state.opsApplied;
  const note = skipped > 0 ? ` ${skipped} op${skipped === 1 ? ' is' : 's are'} scheduled after the end and ${skipped === 1 ? 'was' : 'were'} not applied.` : '';
  state = { ...state, time: params.duration };
  yield { op: null, caption: `The run ends at ${params.duration} ms.${note}`, state, highlight: { nodes: [] } };
}
