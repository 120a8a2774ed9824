import { describe, expect, it } from 'vitest';
import { appendNewEntries, handleAppendEntriesRequest, handleRequestVoteRequest } from './rules';
import { fixedCtx, logOf, msg, server } from './testkit';

const rv = (term: number, lastLogIndex: number, lastLogTerm: number) => msg('S2', 'S3', { type: 'RequestVote', term, lastLogIndex, lastLogTerm });
const ae = (term: number, prevLogIndex: number, prevLogTerm: number, entryTerms: number[], leaderCommit: number) =>
  msg('S1', 'S3', { type: 'AppendEntries', term, prevLogIndex, prevLogTerm, entries: logOf(entryTerms), leaderCommit });
const reply = (s: { send: unknown[] }) => s.send[0] as Record<string, unknown>;

describe('RequestVote receiver (Figure 2, §5.2, §5.4.1)', () => {
  it('refuses a candidate whose term is older than its own and changes nothing (§5.1)', () => {
    const s3 = server('S3', { term: 3 });
    const step = handleRequestVoteRequest(s3, rv(2, 0, 0), fixedCtx());
    expect(step.node).toBe(s3);
    expect(reply(step)).toMatchObject({ type: 'RequestVoteReply', to: 'S2', term: 3, voteGranted: false });
    expect(step.caption).toContain('older');
  });

  it('a higher term turns a leader into a follower of that term before it votes', () => {
    const s3 = server('S3', { role: 'leader', term: 2, votedFor: 'S3', nextIndex: { S1: 1 }, matchIndex: { S1: 0 }, electionAlarm: null, heartbeatAlarm: { at: 120, setAt: 70, seq: 5 } });
    const step = handleRequestVoteRequest(s3, rv(4, 0, 0), fixedCtx());
    expect(step.node).toMatchObject({ role: 'follower', term: 4, votedFor: 'S2', nextIndex: null, heartbeatAlarm: null });
    expect(step.node.electionAlarm).not.toBeNull();
    expect(reply(step)).toMatchObject({ term: 4, voteGranted: true });
  });

  it('grants its vote when it has not voted and the log is at least as up to date, and restarts its election timer', () => {
    const s3 = server('S3', { term: 4, log: logOf([1, 2]) });
    const step = handleRequestVoteRequest(s3, rv(4, 2, 2), fixedCtx());
    expect(step.node.votedFor).toBe('S2');
    expect(step.node.electionAlarm).toEqual({ at: 400, setAt: 100, seq: 1000 });
    expect(reply(step).voteGranted).toBe(true);
    expect(step.caption).toBe("S3 grants its vote to S2 for term 4: S2's log is at least as up to date as its own");
  });

  it('refuses a second candidate in the same term', () => {
    const s3 = server('S3', { term: 4, votedFor: 'S5' });
    const step = handleRequestVoteRequest(s3, rv(4, 0, 0), fixedCtx());
    expect(reply(step).voteGranted).toBe(false);
    expect(step.node.votedFor).toBe('S5');
    expect(step.caption).toContain('already voted for S5');
  });

  it('grants again to the candidate it already voted for (a duplicated request)', () => {
    const step = handleRequestVoteRequest(server('S3', { term: 4, votedFor: 'S2' }), rv(4, 0, 0), fixedCtx());
    expect(reply(step).voteGranted).toBe(true);
  });

  it('refuses a candidate whose last log term is older, however long its log (§5.4.1)', () => {
    const step = handleRequestVoteRequest(server('S3', { term: 4, log: logOf([1, 2]) }), rv(5, 9, 1), fixedCtx());
    expect(reply(step)).toMatchObject({ term: 5, voteGranted: false });
    // It still adopted the higher term (all servers rule), without voting.
    expect(step.node).toMatchObject({ term: 5, votedFor: null });
    expect(step.caption).toContain('election restriction');
  });

  it('refuses a candidate with the same last term but a shorter log', () => {
    const step = handleRequestVoteRequest(server('S3', { term: 4, log: logOf([1, 3, 3]) }), rv(4, 2, 3), fixedCtx());
    expect(reply(step).voteGranted).toBe(false);
  });

  it('grants to a candidate whose last term is newer even if its log is shorter', () => {
    const step = handleRequestVoteRequest(server('S3', { term: 4, log: logOf([1, 1, 1, 1]) }), rv(4, 2, 3), fixedCtx());
    expect(reply(step).voteGranted).toBe(true);
  });

  it('pre-vote: grants without changing its term or vote, and refuses when it heard from a leader lately (thesis §9.6)', () => {
    const pre = msg('S2', 'S3', { type: 'RequestVote', term: 5, lastLogIndex: 0, lastLogTerm: 0, preVote: true });
    const idle = server('S3', { term: 4, votedFor: 'S1', lastHeardFromLeader: null });
    const ok = handleRequestVoteRequest(idle, pre, fixedCtx({ preVote: true }));
    expect(ok.node).toBe(idle);
    expect(reply(ok)).toMatchObject({ term: 4, voteGranted: true, preVoteTerm: 5 });
    const busy = server('S3', { term: 4, lastHeardFromLeader: 60, leaderId: 'S1' });
    expect(reply(handleRequestVoteRequest(busy, pre, fixedCtx({ preVote: true }))).voteGranted).toBe(false);
  });
});

describe('AppendEntries receiver (Figure 2, §5.3)', () => {
  it('rejects a leader with an older term and keeps its state', () => {
    const s3 = server('S3', { term: 3, log: logOf([1, 3]) });
    const step = handleAppendEntriesRequest(s3, ae(2, 0, 0, [], 0), fixedCtx());
    expect(step.node).toBe(s3);
    expect(reply(step)).toMatchObject({ type: 'AppendEntriesReply', term: 3, success: false });
  });

  it('a candidate of the same term accepts the new leader and becomes a follower (§5.2)', () => {
    const s3 = server('S3', { role: 'candidate', term: 3, votedFor: 'S3', votesGranted: ['S3'] });
    const step = handleAppendEntriesRequest(s3, ae(3, 0, 0, [], 0), fixedCtx());
    expect(step.node).toMatchObject({ role: 'follower', term: 3, votedFor: 'S3', leaderId: 'S1' });
    expect(reply(step).success).toBe(true);
  });

  it('a higher term makes it adopt the term, forget its vote and follow', () => {
    const step = handleAppendEntriesRequest(server('S3', { term: 2, votedFor: 'S2' }), ae(5, 0, 0, [], 0), fixedCtx());
    expect(step.node).toMatchObject({ role: 'follower', term: 5, votedFor: null, leaderId: 'S1' });
    expect(reply(step)).toMatchObject({ term: 5, success: true });
  });

  it('rejects when it has no entry at prevLogIndex', () => {
    const step = handleAppendEntriesRequest(server('S3', { term: 2, log: logOf([1]) }), ae(2, 3, 2, [2], 0), fixedCtx());
    expect(reply(step)).toMatchObject({ success: false, lastLogIndex: 1 });
    expect(step.node.log).toHaveLength(1);
    // A rejected but current leader still restarts the election timer.
    expect(step.node.electionAlarm?.at).toBe(400);
  });

  it('rejects when the entry at prevLogIndex has another term', () => {
    const step = handleAppendEntriesRequest(server('S3', { term: 4, log: logOf([1, 2]) }), ae(4, 2, 3, [4], 0), fixedCtx());
    expect(reply(step).success).toBe(false);
    expect(step.caption).toContain('has term 2, not 3');
  });

  it('a duplicate AppendEntries for entries it already has must not truncate the entries after them', () => {
    const log = logOf([1, 1, 2, 2]);
    const s3 = server('S3', { term: 2, log });
    // A delayed copy of an earlier request carrying only entries 2–3.
    const step = handleAppendEntriesRequest(s3, msg('S1', 'S3', { type: 'AppendEntries', term: 2, prevLogIndex: 1, prevLogTerm: 1, entries: log.slice(1, 3), leaderCommit: 0 }), fixedCtx());
    expect(step.node.log).toBe(log);
    expect(reply(step)).toMatchObject({ success: true, matchIndex: 3 });
    expect(step.caption).toContain('truncates nothing');
  });

  it('deletes entries only from the first real conflict, then appends', () => {
    const step = handleAppendEntriesRequest(server('S3', { term: 3, log: logOf([1, 1, 2, 2]) }), ae(3, 1, 1, [1, 3], 0), fixedCtx());
    expect(step.node.log.map((e) => e.term)).toEqual([1, 1, 3]);
    expect(step.caption).toContain('deletes its conflicting entries from index 3');
  });

  it('a heartbeat commits only up to the last new entry: min(leaderCommit, prevLogIndex + entries)', () => {
    // The follower's entries 2–3 may not be the leader's: the heartbeat only vouches for index 1.
    const step = handleAppendEntriesRequest(server('S3', { term: 3, log: logOf([1, 2, 2]) }), ae(3, 1, 1, [], 3), fixedCtx());
    expect(step.node.commitIndex).toBe(1);
  });

  it('commits up to leaderCommit when the new entries reach beyond it', () => {
    const step = handleAppendEntriesRequest(server('S3', { term: 3 }), ae(3, 0, 0, [1, 1, 3], 2), fixedCtx());
    expect(step.node.commitIndex).toBe(2);
    expect(reply(step)).toMatchObject({ success: true, matchIndex: 3 });
  });

  it('never moves commitIndex backwards on a delayed, shorter AppendEntries', () => {
    const step = handleAppendEntriesRequest(server('S3', { term: 3, log: logOf([1, 1, 3]), commitIndex: 2 }), ae(3, 0, 0, [1], 3), fixedCtx());
    expect(step.node.commitIndex).toBe(2);
  });

  it('appendNewEntries returns the same log when nothing is new', () => {
    const log = logOf([1, 2]);
    expect(appendNewEntries(log, 0, log)).toEqual({ log, firstChanged: null, truncatedFrom: null });
  });
});
