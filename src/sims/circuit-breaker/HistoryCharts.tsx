/** @jsxRuntime automatic */
/** @jsxImportSource react */
import { useMemo, useRef } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { History } from './history';
import type { BreakerStateName } from './types';
import { useElementWidth } from '../../ui/useElementWidth';

/**
 * Charts over the whole run (d3-scale / d3-shape for geometry, React for the
 * SVG): calls permitted vs rejected per bin, failure and slow-call rates
 * against their thresholds, and lanes for the breaker state and the backend.
 * A vertical cursor marks the current frame's time.
 */
const M = { l: 56, r: 20 };

const STATE_CLASS: Record<BreakerStateName, string> = {
  CLOSED: 'st-closed',
  OPEN: 'st-open',
  HALF_OPEN: 'st-half',
  DISABLED: 'st-disabled',
  FORCED_OPEN: 'st-forced',
  METRICS_ONLY: 'st-metrics',
};

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))}s`;
}

export function HistoryCharts({ history: h, now, failureRateThreshold, slowCallRateThreshold }: { history: History; now: number; failureRateThreshold: number; slowCallRateThreshold: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // Charts draw at their real width so text stays legible; nothing is drawn
  // until it is known, so a first mount draws the charts once, not at a
  // guessed width and then again, and in a task of their own.
  const measured = useElementWidth(ref, 640, false);
  const W = Math.max(200, measured ?? 640);
  // Only the cursor moves from frame to frame: the scale and every series are
  // drawn once per (history, width, thresholds) and reused as the same React
  // elements, so React skips them while stepping or playing.
  const x = useMemo(() => scaleLinear().domain([0, h.end]).range([M.l, W - M.r]), [h.end, W]);
  const charts = useMemo(
    () => (measured === null ? null : drawCharts(h, W, x, failureRateThreshold, slowCallRateThreshold)),
    [measured, h, W, x, failureRateThreshold, slowCallRateThreshold],
  );
  const cursor = x(Math.min(now, h.end));
  if (!charts) return <div className="cb-charts" ref={ref} />;

  return (
    <div className="cb-charts" ref={ref}>
      <figure>
        {charts.callsCaption}
        <svg viewBox={`0 0 ${W} ${H1}`} role="img" aria-label="Calls permitted and rejected over time">
          {charts.calls}
          <Cursor x={cursor} y1={2} y2={H1 - 18} />
        </svg>
      </figure>
      <figure>
        {charts.ratesCaption}
        <svg viewBox={`0 0 ${W} ${H2}`} role="img" aria-label={`Failure and slow-call rates over time against thresholds ${failureRateThreshold}% and ${slowCallRateThreshold}%`}>
          {charts.rates}
          <Cursor x={cursor} y1={2} y2={H2 - 18} />
        </svg>
      </figure>
      <figure>
        <figcaption className="cb-chart-title">Breaker state and backend health (darker = more failures; label = latency)</figcaption>
        <svg viewBox={`0 0 ${W} 76`} role="img" aria-label="Lanes of the breaker state and the backend's failure rate over time">
          {charts.lanes}
          <Cursor x={cursor} y1={4} y2={56} />
          {charts.laneTicks}
        </svg>
      </figure>
    </div>
  );
}

const H1 = 110;
const H2 = 120;

function Cursor({ x, y1, y2 }: { x: number; y1: number; y2: number }) {
  return <line x1={x} x2={x} y1={y1} y2={y2} className="cb-cursor" />;
}

/** Everything of the charts except the cursor: depends on the history, the width and the thresholds only. */
function drawCharts(h: History, W: number, x: ScaleLinear<number, number>, failureRateThreshold: number, slowCallRateThreshold: number) {
  const ticks = x.ticks(W < 500 ? 4 : 7);

  // Calls per bin
  const y1 = scaleLinear().domain([0, Math.max(1, h.maxPerBin)]).nice().range([H1 - 18, 6]);
  const binPx = x(h.binMs) - x(0);
  const bw = Math.max(0.5, binPx - (binPx > 4 ? 1 : 0));

  // Rates
  const y2 = scaleLinear().domain([0, 100]).range([H2 - 18, 6]);
  const path = (key: 'failureRate' | 'slowCallRate') =>
    line<{ t: number; failureRate: number; slowCallRate: number }>()
      .defined((d) => d[key] >= 0)
      .x((d) => x(d.t))
      .y((d) => y2(d[key]))(h.rates) ?? '';

  const axis = (H: number) => (
    <g className="cb-axis-g">
      <line x1={M.l} x2={W - M.r} y1={H - 18} y2={H - 18} className="cb-axis" />
      {ticks.map((t) => (
        <text key={t} x={x(t)} y={H - 5} textAnchor="middle" className="cb-tick">
          {seconds(t)}
        </text>
      ))}
    </g>
  );

  const callsCaption = (
    <figcaption className="cb-chart-title">
      Calls per {seconds(h.binMs)}: <span className="cb-key ok" /> permitted <span className="cb-key rej" /> rejected
    </figcaption>
  );
  const calls = (
    <>
      {y1.ticks(3).map((v) => (
        <text key={v} x={M.l - 4} y={y1(v) + 4} textAnchor="end" className="cb-tick">
          {v}
        </text>
      ))}
      {h.bins.map((b) =>
        b.permitted + b.rejected === 0 ? null : (
          <g key={b.t0}>
            <rect x={x(b.t0)} width={bw} y={y1(b.permitted)} height={y1(0) - y1(b.permitted)} className="cb-bar ok" />
            <rect x={x(b.t0)} width={bw} y={y1(b.permitted + b.rejected)} height={y1(b.permitted) - y1(b.permitted + b.rejected)} className="cb-bar rej" />
          </g>
        ),
      )}
      {axis(H1)}
    </>
  );

  const ratesCaption = (
    <figcaption className="cb-chart-title">
      Rates in the window: <span className="cb-key fail" /> failure (threshold {failureRateThreshold}%) <span className="cb-key slow" /> slow calls (threshold{' '}
      {slowCallRateThreshold}%)
    </figcaption>
  );
  const rates = (
    <>
      {[0, 50, 100].map((v) => (
        <text key={v} x={M.l - 4} y={y2(v) + 4} textAnchor="end" className="cb-tick">
          {v}%
        </text>
      ))}
      <line x1={M.l} x2={W - M.r} y1={y2(failureRateThreshold)} y2={y2(failureRateThreshold)} className="cb-threshold fail" />
      <line x1={M.l} x2={W - M.r} y1={y2(slowCallRateThreshold)} y2={y2(slowCallRateThreshold)} className="cb-threshold slow" />
      <path d={path('slowCallRate')} className="cb-line slow" />
      <path d={path('failureRate')} className="cb-line fail" />
      {axis(H2)}
    </>
  );

  const lanes = (
    <>
      <text x={M.l - 4} y={20} textAnchor="end" className="cb-tick">
        state
      </text>
      {h.states.map((s) => (
        <rect key={`s${s.t0}`} x={x(s.t0)} width={Math.max(0.5, x(s.t1) - x(s.t0))} y={8} height={16} className={`cb-lane ${STATE_CLASS[s.value]}`}>
          <title>{`${s.value} ${seconds(s.t0)}–${seconds(s.t1)}`}</title>
        </rect>
      ))}
      <text x={M.l - 4} y={46} textAnchor="end" className="cb-tick">
        backend
      </text>
      {h.backend.map((s) => (
        <g key={`b${s.t0}`}>
          <rect x={x(s.t0)} width={Math.max(0.5, x(s.t1) - x(s.t0))} y={34} height={16} className="cb-lane backend" style={{ opacity: 0.15 + 0.85 * s.value.failureRate }}>
            <title>{`${Math.round(s.value.failureRate * 100)}% failures, ~${s.value.latencyMs} ms ${seconds(s.t0)}–${seconds(s.t1)}`}</title>
          </rect>
          {x(s.t1) - x(s.t0) > 60 && (
            <text x={x(s.t0) + 4} y={46} className="cb-lane-text">
              {Math.round(s.value.failureRate * 100)}% · {s.value.latencyMs} ms
            </text>
          )}
        </g>
      ))}
    </>
  );
  const laneTicks = (
    <>
      {ticks.map((t) => (
        <text key={t} x={x(t)} y={70} textAnchor="middle" className="cb-tick">
          {seconds(t)}
        </text>
      ))}
    </>
  );
  return { callsCaption, calls, ratesCaption, rates, lanes, laneTicks };
}
