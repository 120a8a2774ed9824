import { scaleLinear } from 'd3-scale';
import { memo } from 'react';
import { percent } from './format';
import { intText } from './intText';
import { loadStats } from './loadStats';
import { nodeColor } from './nodeColor';
import type { RingNode } from './types';

/**
 * Keys per node against the ideal (keys × weight share), with the spread std-dev / mean.
 * Without `rows` (a first mount's first task) only the figures: the rows follow.
 */
export const LoadChart = memo(function LoadChart({ nodes, rows = true }: { nodes: readonly RingNode[]; rows?: boolean }) {
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
          <dd data-testid="hr-total-keys">{intText(stats.total)}</dd>
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
      ) : !rows ? null : (
        <ul className="hr-bars">
          {nodes.map((n, i) => (
            <BarRow key={n.id} id={n.id} color={n.color} weight={n.weight} keys={n.keys} points={n.points} arc={n.arc} scale={x(n.keys) / 100} ideal={x(stats.ideal[i])} />
          ))}
        </ul>
      )}
      <p className="muted small hr-legend">
        <span className="hr-ideal-sample" aria-hidden="true" /> ideal share (keys × weight ÷ total weight)
      </p>
    </section>
  );
});

interface RowProps {
  id: string;
  color: number;
  weight: number;
  keys: number;
  points: number;
  arc: number;
  /** Bar length as a fraction of the track. */
  scale: number;
  /** Ideal marker position, % of the track. */
  ideal: number;
}

/** One node's row: only rows whose numbers change re-render. */
const BarRow = memo(function BarRow({ id, color, weight, keys, points, arc, scale, ideal }: RowProps) {
  return (
    <li className="hr-bar-row" data-node={id} data-keys={keys}>
      <span className="hr-bar-name">
        <span className="hr-swatch" style={{ background: nodeColor(color) }} aria-hidden="true" />
        <span className="hr-node-id">{id}</span>
        {weight !== 1 && <span className="muted small"> ×{weight}</span>}
      </span>
      <span className="hr-bar-track" aria-hidden="true">
        <span className="hr-bar anim" style={{ transform: `scaleX(${scale})`, background: nodeColor(color) }} />
        <span className="hr-ideal anim" style={{ transform: `translateX(${ideal}%)` }} />
      </span>
      <span className="hr-bar-num mono">{intText(keys)}</span>
      <span className="hr-bar-meta muted">
        {intText(points)} {points === 1 ? 'point' : 'points'} · {percent(arc)} of the ring
      </span>
    </li>
  );
});
