import type { TreeStats } from './layout';

/** Height, nodes, keys and average fill of the tree on screen. */
/** `keys` is the number of keys stored (B+: in the leaves; separators are copies). */
export function TreeStatsPanel({ stats, order, keys }: { stats: TreeStats; order: number; keys: number }) {
  return (
    <dl className="stats bt-stats" aria-label="Tree statistics" data-testid="btree-stats">
      <div>
        <dt>Height</dt>
        <dd data-testid="btree-height">{stats.height}</dd>
      </div>
      <div>
        <dt>Nodes</dt>
        <dd>{stats.nodes}</dd>
      </div>
      <div>
        <dt>Keys</dt>
        <dd data-testid="btree-keys">{keys}</dd>
      </div>
      <div>
        <dt>Average fill</dt>
        <dd title={`keys ÷ (nodes × ${order - 1})`}>{stats.nodes ? `${Math.round(stats.fill * 100)}%` : '–'}</dd>
      </div>
    </dl>
  );
}
