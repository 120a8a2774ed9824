import { useMemo } from 'react';
import type { ViewProps } from '../../app/simUi';
import { useMountStage } from '../../ui/useMountStage';
import { useThrottledPrefix } from '../../ui/useThrottled';
import { MetricsPanel, WithoutBreakerPanel } from './BreakerPanels';
import { buildHistory } from './history';
import { HistoryCharts } from './HistoryCharts';
import { StateGraph } from './StateGraph';
import type { CircuitBreakerHighlight, CircuitBreakerParams, CircuitBreakerState } from './types';
import { WindowView } from './WindowView';
import './circuitBreaker.css';

/** The circuit breaker's view: state machine, sliding window, metrics, charts over time, and the no-breaker comparison. */
export function CircuitBreakerView({ frame, prev, frames, params }: ViewProps<CircuitBreakerState, CircuitBreakerHighlight, CircuitBreakerParams>) {
  const s = frame.state;
  // Mounted in three tasks: the panels, then the state machine graph, then the
  // charts over the whole history.
  const stage = useMountStage(2);
  const later = stage >= 2;
  // Frames only grow while the timeline computes; the series are rebuilt when more are in, at most
  // every 250 ms while they stream in (and once more when they stop).
  const settled = useThrottledPrefix(frames, 250);
  const history = useMemo(() => (later ? buildHistory(settled.map((f) => f.state), params.duration) : null), [later, settled, params.duration]);
  return (
    <div className="cb-view" data-state={s.state} data-time={s.time}>
      <div className="cb-top">
        <section className="cb-graph-box" aria-label="State machine">
          {stage >= 1 ? <StateGraph state={s.state} justTaken={s.transitions} last={s.lastTransition} /> : <div className="cb-flow" aria-hidden="true" />}
          <p className="cb-state-line">
            <span className={`cb-badge st-${s.state.toLowerCase()}`} data-testid="cb-state">
              {s.state}
            </span>{' '}
            at {s.time < 1000 ? `${s.time} ms` : `${Number((s.time / 1000).toFixed(3))} s`}
            {s.lastTransition && <span className="muted"> · last: {s.lastTransition.from} → {s.lastTransition.to}, {s.lastTransition.reason}</span>}
          </p>
        </section>
        <div className="cb-side">
          <WindowView window={s.window} prev={prev?.state.window ?? null} state={s.state} />
          <MetricsPanel s={s} p={params} />
        </div>
      </div>
      {history && <HistoryCharts history={history} now={s.time} failureRateThreshold={params.failureRateThreshold} slowCallRateThreshold={params.slowCallRateThreshold} />}
      <WithoutBreakerPanel s={s} />
    </div>
  );
}
