/** Log helpers. Raft indices are 1-based; index 0 is the empty prefix (term 0). */
import type { LogEntry, RaftNode } from './types';

export function lastLogIndex(log: readonly LogEntry[]): number {
  return log.length;
}

export function lastLogTerm(log: readonly LogEntry[]): number {
  return log.length === 0 ? 0 : log[log.length - 1].term;
}

/** Term of the entry at `index`, 0 for index 0, undefined past the end. */
export function termAt(log: readonly LogEntry[], index: number): number | undefined {
  if (index === 0) return 0;
  return log[index - 1]?.term;
}

/**
 * The election restriction (Raft §5.4.1): a candidate's log is at least as up
 * to date as the voter's when its last term is higher, or the last terms are
 * equal and it is at least as long.
 */
export function isAtLeastAsUpToDate(candLastTerm: number, candLastIndex: number, log: readonly LogEntry[]): boolean {
  const myTerm = lastLogTerm(log);
  if (candLastTerm !== myTerm) return candLastTerm > myTerm;
  return candLastIndex >= lastLogIndex(log);
}

/** Votes needed to win in a cluster of `n` servers. */
export function majority(n: number): number {
  return Math.floor(n / 2) + 1;
}

export function peersOf(node: RaftNode, ids: readonly string[]): string[] {
  return ids.filter((id) => id !== node.id);
}

/** "S1, S2 and S3". */
export function listIds(ids: readonly string[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

/** "entry 3" / "entries 3–5". */
export function rangeText(from: number, to: number): string {
  return from === to ? `entry ${from}` : `entries ${from}–${to}`;
}

export function sameEntry(a: LogEntry | undefined, b: LogEntry | undefined): boolean {
  return a !== undefined && b !== undefined && a.term === b.term && a.command === b.command;
}

/**
 * The first log array built that ends with a given entry. An entry object is
 * made once, by the leader that appends it, and reaches followers as the same
 * object, so most followers' logs equal, entry for entry, a log their leader
 * already had: 9 servers × 1,000 requests would otherwise copy 4.5 million
 * entry slots into 9,000 log arrays that every frame keeps (issue 7: share
 * structure between frames). Keyed weakly by entry, so nothing outlives a run.
 */
const firstLogEndingWith = new WeakMap<LogEntry, readonly LogEntry[]>();
/** What a log built here was built from: `base[0, keep)` followed by new entries. */
const builtFrom = new WeakMap<readonly LogEntry[], { base: readonly LogEntry[]; keep: number }>();

/**
 * `log[0, keep)` followed by `entries[from…]`. When an identical log (the
 * same entry objects in the same order, checked one by one) was built before,
 * that array is returned instead of a copy; logs are never mutated, so
 * sharing one changes no frame's content.
 */
export function spliceLog(log: readonly LogEntry[], keep: number, entries: readonly LogEntry[], from = 0): readonly LogEntry[] {
  const n = keep + entries.length - from;
  if (n === 0) return log.length === 0 ? log : [];
  const last = n > keep ? entries[entries.length - 1] : log[keep - 1];
  const known = firstLogEndingWith.get(last);
  if (known !== undefined && known.length === n) {
    let same = true;
    for (let i = n - 1; same && i >= keep; i--) same = known[i] === entries[from + i - keep];
    // Its first `keep` entries are this log's when it was built from this very array (the usual
    // case: a follower one entry behind holds the log its leader just extended); else compare them.
    const src = builtFrom.get(known);
    if (same && !(src !== undefined && src.base === log && src.keep === keep)) {
      for (let i = keep - 1; same && i >= 0; i--) same = known[i] === log[i];
    }
    if (same) return known;
  }
  const out = log.slice(0, keep);
  for (let i = from; i < entries.length; i++) out.push(entries[i]);
  if (known === undefined) firstLogEndingWith.set(last, out);
  builtFrom.set(out, { base: log, keep });
  return out;
}
