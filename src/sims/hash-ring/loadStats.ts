/**
 * Load statistics for the chart. With weights, a node's fair share of K keys
 * is K × weight / total weight; the spread is the coefficient of variation
 * (std-dev / mean) of keys per unit of weight, which for equal weights is the
 * usual std-dev / mean of keys per node.
 */
export interface LoadStats {
  total: number;
  /** Ideal keys per node, in node order. */
  ideal: number[];
  /** std-dev / mean of keys per unit weight (0 when perfectly even; NaN with no keys or nodes). */
  spread: number;
  /** Largest keys / ideal over the nodes. */
  maxOverIdeal: number;
}

export function loadStats(nodes: readonly { weight: number; keys: number }[]): LoadStats {
  const total = nodes.reduce((s, n) => s + n.keys, 0);
  const weight = nodes.reduce((s, n) => s + n.weight, 0);
  const ideal = nodes.map((n) => (weight > 0 ? (total * n.weight) / weight : 0));
  if (nodes.length === 0 || total === 0) return { total, ideal, spread: Number.NaN, maxOverIdeal: Number.NaN };
  const perWeight = nodes.map((n) => n.keys / n.weight);
  const mean = perWeight.reduce((s, v) => s + v, 0) / perWeight.length;
  const variance = perWeight.reduce((s, v) => s + (v - mean) ** 2, 0) / perWeight.length;
  const maxOverIdeal = Math.max(...nodes.map((n, i) => n.keys / ideal[i]));
  return { total, ideal, spread: Math.sqrt(variance) / mean, maxOverIdeal };
}
