/**
 * What the invariants need to remember across frames (Figure 3 speaks of all
 * time, a frame shows one moment): every election won, every election started,
 * the committed prefix, and the logs leaders had before this frame's event.
 */
import { sameEntry } from './log';
import type { CommittedEntry, RaftNode, RaftState } from './types';

const NONE: RaftState['leaderLogsBefore'] = [];

export function recordHistory(
  prev: RaftState,
  nodes: readonly RaftNode[],
  time: number,
): Pick<RaftState, 'leaders' | 'elections' | 'committed' | 'leaderLogsBefore'> {
  let { leaders, elections, committed } = prev;
  let leaderLogsBefore = NONE;
  nodes.forEach((after, i) => {
    const before = prev.nodes[i];
    if (after === before) return;
    if (after.role === 'leader' && (before.role !== 'leader' || before.term !== after.term)) {
      leaders = [...leaders, { term: after.term, id: after.id, at: time }];
    }
    if (after.role === 'candidate' && after.term > before.term) {
      elections = [...elections, { term: after.term, candidate: after.id, at: time }];
    }
    if (after.alive && after.commitIndex > committed.length) {
      // The first server to commit an index is the leader that committed it.
      const added: CommittedEntry[] = after.log
        .slice(committed.length, after.commitIndex)
        .map((e) => ({ term: e.term, command: e.command, inTerm: after.term }));
      committed = committed.concat(added);
    }
    if (before.role === 'leader' && after.role === 'leader' && before.term === after.term && before.log !== after.log) {
      leaderLogsBefore = leaderLogsBefore === NONE ? [] : leaderLogsBefore;
      (leaderLogsBefore as { id: string; term: number; log: RaftNode['log'] }[]).push({ id: after.id, term: after.term, log: before.log });
    }
  });
  return { leaders, elections, committed, leaderLogsBefore };
}

/** True when `log` starts with `prefix` (same terms and commands). */
export function extendsLog(log: RaftNode['log'], prefix: RaftNode['log']): boolean {
  if (log === prefix) return true;
  if (log.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (log[i] !== prefix[i] && !sameEntry(log[i], prefix[i])) return false;
  return true;
}
