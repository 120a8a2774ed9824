/** A node's colour: its slot's theme variable (--c1 … --c8), so light and dark both work. */
export function nodeColor(slot: number | undefined): string {
  return slot === undefined ? 'var(--muted)' : `var(--c${(slot % 8) + 1})`;
}

/** Colour lookup by node id for one frame's nodes. */
export function colorsByNode(nodes: readonly { id: string; color: number }[]): Map<string, string> {
  return new Map(nodes.map((n) => [n.id, nodeColor(n.color)]));
}
