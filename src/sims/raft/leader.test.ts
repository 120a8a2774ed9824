import { describe, expect, it } from 'vitest';
import { becomeLeader, handleRequestVoteReply, onElectionTimeout } from './election';
import { advanceCommitIndex, checkQuorum, clientRequest, handleAppendEntriesReply } from './leader';
import { fixedCtx, logOf, msg, server } from './testkit';

const leaderS1 = (over = {}) =>
  server('S1', {
    role: 'leader',
    term: 4,
    votedFor: 'S1',
    leaderId: 'S1',
    electionAlarm: null,
    heartbeatAlarm: { at: 150, setAt: 100, seq: 3 },
    nextIndex: { S2: 3, S3: 3, S4: 3, S5: 3 },
    matchIndex: { S2: 0, S3: 0, S4: 0, S5: 0 },
    ...over,
  });

describe("Leader's commit rule (Figure 2 Leaders, §5.3, §5.4.2)", () => {
  it('commits index N once a majority holds it and log[N] is from the current term', () => {
    const s1 = leaderS1({ log: logOf([4, 4]), matchIndex: { S2: 2, S3: 1, S4: 0, S5: 0 } });
    expect(advanceCommitIndex(s1, 5).node.commitIndex).toBe(1);
    const more = leaderS1({ log: logOf([4, 4]), matchIndex: { S2: 2, S3: 2, S4: 0, S5: 0 } });
    expect(advanceCommitIndex(more, 5).node.commitIndex).toBe(2);
  });

  it('does not commit without a majority', () => {
    const s1 = leaderS1({ log: logOf([4]), matchIndex: { S2: 1, S3: 0, S4: 0, S5: 0 } });
    expect(advanceCommitIndex(s1, 5).node.commitIndex).toBe(0);
  });

  it('Figure 8(c): the term-2 entry stored on S1, S2 and S3 stays uncommitted in term 4', () => {
    // S1 leads term 4 with log [1, 2, 4]; S2 and S3 hold [1, 2]; S4 holds [1]; S5 holds [1, 3].
    const s1 = leaderS1({ log: logOf([1, 2, 4]), commitIndex: 1, matchIndex: { S2: 2, S3: 2, S4: 1, S5: 1 } });
    const r = advanceCommitIndex(s1, 5);
    expect(r.node.commitIndex).toBe(1);
    expect(r.note).toContain('from term 2, not the current term 4');
    // Figure 8(e): once the term-4 entry is on a majority, it commits, and index 2 with it.
    const e = advanceCommitIndex({ ...s1, matchIndex: { S2: 3, S3: 3, S4: 1, S5: 1 } }, 5);
    expect(e.node.commitIndex).toBe(3);
  });

  it('a successful reply advances matchIndex and nextIndex and commits', () => {
    const s1 = leaderS1({ log: logOf([4, 4]), matchIndex: { S2: 2, S3: 0, S4: 0, S5: 0 }, nextIndex: { S2: 3, S3: 1, S4: 1, S5: 1 } });
    const step = handleAppendEntriesReply(s1, msg('S3', 'S1', { type: 'AppendEntriesReply', term: 4, success: true, prevLogIndex: 0, matchIndex: 2, lastLogIndex: 2 }), fixedCtx());
    expect(step.node.matchIndex?.S3).toBe(2);
    expect(step.node.nextIndex?.S3).toBe(3);
    expect(step.node.commitIndex).toBe(2);
  });

  it('a stale success reply never lowers matchIndex', () => {
    const s1 = leaderS1({ log: logOf([4, 4]), matchIndex: { S2: 2, S3: 0, S4: 0, S5: 0 } });
    const step = handleAppendEntriesReply(s1, msg('S2', 'S1', { type: 'AppendEntriesReply', term: 4, success: true, prevLogIndex: 0, matchIndex: 1, lastLogIndex: 2 }), fixedCtx());
    expect(step.node.matchIndex?.S2).toBe(2);
  });

  it('a failed reply moves nextIndex back and retries at once (§5.3)', () => {
    const s1 = leaderS1({ log: logOf([1, 1, 4]), nextIndex: { S2: 4, S3: 4, S4: 4, S5: 4 } });
    const step = handleAppendEntriesReply(s1, msg('S2', 'S1', { type: 'AppendEntriesReply', term: 4, success: false, prevLogIndex: 3, matchIndex: 0, lastLogIndex: 5 }), fixedCtx());
    expect(step.node.nextIndex?.S2).toBe(3);
    expect(step.send).toEqual([
      { type: 'AppendEntries', to: 'S2', term: 4, prevLogIndex: 2, prevLogTerm: 1, entries: [{ term: 4, command: 'c3' }], leaderCommit: 0 },
    ]);
  });

  it('a reply with a higher term makes the leader step down', () => {
    const step = handleAppendEntriesReply(leaderS1(), msg('S2', 'S1', { type: 'AppendEntriesReply', term: 6, success: false, prevLogIndex: 0, matchIndex: 0, lastLogIndex: 0 }), fixedCtx());
    expect(step.node).toMatchObject({ role: 'follower', term: 6, votedFor: null, nextIndex: null, heartbeatAlarm: null });
    expect(step.node.electionAlarm).not.toBeNull();
  });

  it('a client request is appended with the current term and sent to every follower', () => {
    const step = clientRequest(leaderS1({ log: logOf([1]) }), 'x=1', fixedCtx());
    expect(step.node.log[1]).toEqual({ term: 4, command: 'x=1' });
    expect(step.send.map((m) => m.to)).toEqual(['S2', 'S3', 'S4', 'S5']);
  });

  it('checkQuorum: a leader that heard from a minority steps down; one that heard from a majority stays (thesis §6.2)', () => {
    const lonely = checkQuorum(leaderS1({ heardSinceCheck: ['S2'] }), fixedCtx({ checkQuorum: true }));
    expect(lonely.node.role).toBe('follower');
    expect(lonely.node.term).toBe(4);
    const fine = checkQuorum(leaderS1({ heardSinceCheck: ['S2', 'S3'] }), fixedCtx({ checkQuorum: true }));
    expect(fine.node.role).toBe('leader');
    expect(fine.node.heardSinceCheck).toEqual([]);
  });
});

describe('Elections (§5.2)', () => {
  it('an election timeout makes a follower a candidate of the next term that votes for itself and asks everyone', () => {
    const step = onElectionTimeout(server('S2', { term: 3, log: logOf([1, 3]) }), fixedCtx());
    expect(step.node).toMatchObject({ role: 'candidate', term: 4, votedFor: 'S2', votesGranted: ['S2'] });
    expect(step.send).toHaveLength(4);
    expect(step.send[0]).toEqual({ type: 'RequestVote', to: 'S1', term: 4, lastLogIndex: 2, lastLogTerm: 3 });
  });

  it('with pre-vote on, a timeout asks for pre-votes for term+1 and keeps its term', () => {
    const step = onElectionTimeout(server('S2', { term: 3 }), fixedCtx({ preVote: true }));
    expect(step.node).toMatchObject({ role: 'follower', term: 3, preVotesGranted: ['S2'] });
    expect(step.send[0]).toMatchObject({ type: 'RequestVote', term: 4, preVote: true });
  });

  it('a candidate counts each vote once and becomes leader on a majority, with nextIndex = last log index + 1', () => {
    let s2 = server('S2', { role: 'candidate', term: 4, votedFor: 'S2', votesGranted: ['S2'], log: logOf([1, 3]) });
    const vote = (from: string) => msg(from, 'S2', { type: 'RequestVoteReply', term: 4, voteGranted: true });
    s2 = handleRequestVoteReply(s2, vote('S1'), fixedCtx()).node;
    s2 = handleRequestVoteReply(s2, vote('S1'), fixedCtx()).node;
    expect(s2.role).toBe('candidate');
    const win = handleRequestVoteReply(s2, vote('S3'), fixedCtx());
    expect(win.node).toMatchObject({ role: 'leader', nextIndex: { S1: 3, S3: 3, S4: 3, S5: 3 }, matchIndex: { S1: 0, S3: 0, S4: 0, S5: 0 } });
    expect(win.send.every((m) => m.type === 'AppendEntries' && m.prevLogIndex === 2)).toBe(true);
  });

  it('a vote reply with a higher term turns the candidate into a follower', () => {
    const s2 = server('S2', { role: 'candidate', term: 4, votedFor: 'S2', votesGranted: ['S2'] });
    const step = handleRequestVoteReply(s2, msg('S3', 'S2', { type: 'RequestVoteReply', term: 7, voteGranted: false }), fixedCtx());
    expect(step.node).toMatchObject({ role: 'follower', term: 7, votedFor: null });
  });

  it('becomeLeader arms heartbeats, and the checkQuorum timer only when asked', () => {
    expect(becomeLeader(server('S1'), fixedCtx()).node.electionAlarm).toBeNull();
    expect(becomeLeader(server('S1'), fixedCtx({ checkQuorum: true })).node.electionAlarm).not.toBeNull();
  });
});
