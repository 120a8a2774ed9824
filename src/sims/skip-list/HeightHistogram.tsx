import { scaleBand, scaleLog } from 'd3-scale';
import { memo, useMemo } from 'react';
import { expectedFractionAtLeast, heightsAtLeast } from './model/stats';
import type { TowerNode } from './model/types';

const W = 320;
const H = 150;
const M = { top: 8, right: 8, bottom: 26, left: 40 };

/**
 * Fraction of towers with height ≥ k (bars) against the geometric law
 * p^(k−1) (dots, Pugh §2). Log scale, so the law is a straight line.
 * Memoized: it only changes when `nodes` does (not on search frames).
 */
export const HeightHistogram = memo(function HeightHistogram({ nodes, p, maxLevel }: { nodes: readonly TowerNode[]; p: number; maxLevel: number }) {
  const atLeast = useMemo(() => heightsAtLeast(nodes), [nodes]);
  const n = nodes.length;
  if (n === 0) return <p className="muted small">The histogram of tower heights appears once the list has nodes.</p>;
  const kMax = Math.min(maxLevel, Math.max(atLeast.length, 2) + 1);
  const ks = Array.from({ length: kMax }, (_, i) => i + 1);
  const floor = Math.min(1 / n, expectedFractionAtLeast(kMax, p, maxLevel) || 1 / n) / 2;
  const x = scaleBand<number>()
    .domain(ks)
    .range([M.left, W - M.right])
    .padding(0.2);
  const y = scaleLog()
    .domain([floor, 1])
    .range([H - M.bottom, M.top])
    .clamp(true);
  const ticks = y.ticks(4).filter((t) => Math.log10(t) % 1 === 0);
  const rows = ks.map((k) => ({
    k,
    observed: (atLeast[k - 1] ?? 0) / n,
    expected: expectedFractionAtLeast(k, p, maxLevel),
  }));
  const summary = rows
    .slice(0, 5)
    .map((r) => `height ≥ ${r.k}: ${(r.observed * 100).toFixed(1)}% (expected ${(r.expected * 100).toFixed(1)}%)`)
    .join('; ');
  return (
    <figure className="sl-hist">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Tower heights of ${n} nodes: ${summary}.`}>
        {ticks.map((t) => (
          <g key={t}>
            <line className="sl-grid" x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text className="sl-axis" x={M.left - 4} y={y(t) + 3} textAnchor="end">
              {t >= 0.01 ? `${t * 100}%` : t.toExponential(0)}
            </text>
          </g>
        ))}
        {rows.map((r) => (
          <g key={r.k}>
            {r.observed > 0 && (
              <rect
                className="sl-bar"
                x={x(r.k)}
                width={x.bandwidth()}
                y={y(r.observed)}
                height={Math.max(0, H - M.bottom - y(r.observed))}
              >
                <title>{`height ≥ ${r.k}: ${atLeast[r.k - 1] ?? 0} of ${n}`}</title>
              </rect>
            )}
            {r.expected > 0 && <circle className="sl-expected" cx={(x(r.k) ?? 0) + x.bandwidth() / 2} cy={y(r.expected)} r={3} />}
            <text className="sl-axis" x={(x(r.k) ?? 0) + x.bandwidth() / 2} y={H - M.bottom + 12} textAnchor="middle">
              {r.k}
            </text>
          </g>
        ))}
        <text className="sl-axis" x={(M.left + W - M.right) / 2} y={H - 3} textAnchor="middle">
          height ≥ k
        </text>
      </svg>
      <figcaption className="muted small">
        <span className="sl-swatch sl-swatch-bar" aria-hidden="true" /> towers with height ≥ k &nbsp;
        <span className="sl-swatch sl-swatch-dot" aria-hidden="true" /> expected p<sup>k−1</sup> (log scale)
      </figcaption>
    </figure>
  );
});
