import { scaleLinear } from 'd3-scale';
import { percent } from './format';
import { loadStats } from './loadStats';
import { nodeColor } from './nodeColor';
import type { RingNode } from './types';

/** Keys per node against the ideal (keys × weight share), with the spread std-dev / mean. */
export function LoadChart({ nodes }: { nodes: readonly RingNode[] }) {
  const stats = loadStats(nodes);
  const top = Math.max(1, ...nodes.map((n) => n.keys), ...stats.ideal);
  const x = scaleLinear().domain([0, top * 1.08]).range([0, 100]);
  return (
    <section className="hr-load" aria-labelledby="hr-load-title">
      <h2 className="panel-title" id="hr-load-title">
        Keys per node
      </h2>
      <dl className="stats hr-stats">
        <div>
          <dt>Keys</dt>
          <dd data-testid="hr-total-keys">{stats.total.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Spread (σ / mean)</dt>
          <dd data-testid="hr-spread">{Number.isNaN(stats.spread) ? '—' : stats.spread.toFixed(2)}</dd>
        </div>
        <div>
          <dt>Busiest / ideal</dt>
          <dd>{Number.isNaN(stats.maxOverIdeal) ? '—' : `${stats.maxOverIdeal.toFixed(2)}×`}</dd>
        </div>
      </dl>
      {nodes.length === 0 ? (
        <p className="muted small">No nodes yet: add one to give the keys an owner.</p>
      ) : (
        <ul className="hr-bars">
          {nodes.map((n, i) => (
            <li key={n.id} className="hr-bar-row" data-node={n.id} data-keys={n.keys}>
              <span className="hr-bar-name">
                <span className="hr-swatch" style={{ background: nodeColor(n.color) }} aria-hidden="true" />
                <span className="hr-node-id">{n.id}</span>
                {n.weight !== 1 && <span className="muted small"> ×{n.weight}</span>}
              </span>
              <span className="hr-bar-track" aria-hidden="true">
                <span className="hr-bar anim" style={{ transform: `scaleX(${x(n.keys) / 100})`, background: nodeColor(n.color) }} />
                <span className="hr-ideal anim" style={{ transform: `translateX(${x(stats.ideal[i])}cqw)` }} />
              </span>
              <span className="hr-bar-num mono">{n.keys.toLocaleString('en-US')}</span>
              <span className="hr-bar-meta muted">
                {n.points.toLocaleString('en-US')} {n.points === 1 ? 'point' : 'points'} · {percent(n.arc)} of the ring
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small hr-legend">
        <span className="hr-ideal-sample" aria-hidden="true" /> ideal share (keys × weight ÷ total weight)
      </p>
    </section>
  );
}
