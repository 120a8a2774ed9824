import type { TreeStats } from './layout';

/** Height, nodes, keys and average fill of the tree on screen. */
/** `keys` is the number of keys stored (B+: in the leaves; separators are copies); `stats` is null while the frame's tree is being laid out. */
export function TreeStatsPanel({ stats, order, keys }: { stats: TreeStats | null; order: number; keys: number }) {
  const wait = '…';
  return (
    <dl className="stats bt-stats" aria-label="Tree statistics" data-testid="btree-stats">
      <div>
        <dt>Height</dt>
        <dd data-testid="btree-height">{stats ? stats.height : wait}</dd>
      </div>
      <div>
        <dt>Nodes</dt>
        <dd>{stats ? stats.nodes : wait}</dd>
      </div>
      <div>
        <dt>Keys</dt>
        <dd data-testid="btree-keys">{keys}</dd>
      </div>
      <div>
        <dt>Average fill</dt>
        <dd title={`keys ÷ (nodes × ${order - 1})`}>{!stats ? wait : stats.nodes ? `${Math.round(stats.fill * 100)}%` : '–'}</dd>
      </div>
    </dl>
  );
}
