/** Theme colours (CSS variables only, so light and dark both work). */

/** Colour of a term: the eight categorical colours, cycling. */
export function termColor(term: number): string {
  if (term <= 0) return 'var(--muted)';
  return `var(--c${((term - 1) % 8) + 1})`;
}

export const RPC_COLOR = {
  RequestVote: 'var(--c4)',
  RequestVoteReply: 'var(--c4)',
  AppendEntries: 'var(--c1)',
  AppendEntriesReply: 'var(--c1)',
} as const;
