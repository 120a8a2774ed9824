import { pct } from './breakerMetrics';
import type { CircuitBreakerParams, CircuitBreakerState } from './types';

/** The breaker's metrics (Resilience4j's names) and the "without a breaker" comparison. */

function rate(r: number): string {
  return r === -1 ? 'n/a' : pct(Math.round(r * 10) / 10);
}

function fmt(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(3))} s`;
}

export function MetricsPanel({ s, p }: { s: CircuitBreakerState; p: CircuitBreakerParams }) {
  const m = s.metrics;
  return (
    <section className="cb-panel" aria-labelledby="cb-metrics-title">
      <h2 className="panel-title" id="cb-metrics-title">
        Metrics ({s.state})
      </h2>
      <dl className="stats" data-testid="cb-metrics">
        <div>
          <dt>buffered calls</dt>
          <dd data-testid="cb-buffered">{m.buffered}</dd>
        </div>
        <div>
          <dt>failed</dt>
          <dd>{m.failed}</dd>
        </div>
        <div>
          <dt>slow</dt>
          <dd>{m.slow}</dd>
        </div>
        <div>
          <dt>failure rate</dt>
          <dd data-testid="cb-failure-rate">
            {rate(m.failureRate)} <span className="muted">/ {p.failureRateThreshold}%</span>
          </dd>
        </div>
        <div>
          <dt>slow-call rate</dt>
          <dd>
            {rate(m.slowCallRate)} <span className="muted">/ {p.slowCallRateThreshold}%</span>
          </dd>
        </div>
        {m.failureRate === -1 && (
          <div>
            <dt>calls needed for rates</dt>
            <dd>
              {m.buffered} of {s.window.minimum}
            </dd>
          </div>
        )}
        <div>
          <dt>not permitted</dt>
          <dd>{m.notPermitted}</dd>
        </div>
        {s.openUntil !== null && (
          <div>
            <dt>open until</dt>
            <dd>{fmt(s.openUntil)}</dd>
          </div>
        )}
        {s.halfOpen && (
          <div>
            <dt>probes admitted</dt>
            <dd>
              {s.halfOpen.admitted} / {s.halfOpen.permitted}
            </dd>
          </div>
        )}
        <div>
          <dt>in flight</dt>
          <dd>{s.inFlight}</dd>
        </div>
      </dl>
      {s.lastCall && (
        <p className="cb-lastcall" data-testid="cb-last-call">
          Last call at {fmt(s.lastCall.at)}: {s.lastCall.permitted ? 'permitted' : 'rejected'}
          {s.lastCall.outcome ? `, ${s.lastCall.outcome} in ${s.lastCall.durationMs} ms` : s.lastCall.permitted ? ', result never comes back' : ''}
        </p>
      )}
    </section>
  );
}

export function WithoutBreakerPanel({ s }: { s: CircuitBreakerState }) {
  const t = s.totals;
  const w = s.withoutBreaker;
  const meanWith = t.userLatencyCalls ? Math.round(t.userLatencyMs / t.userLatencyCalls) : 0;
  const meanWithout = w.calls ? Math.round(w.latencyMs / w.calls) : 0;
  const errorsWith = t.failed + t.rejected;
  return (
    <section className="cb-panel" aria-labelledby="cb-without-title">
      <h2 className="panel-title" id="cb-without-title">
        With and without a breaker
      </h2>
      <table className="cb-compare">
        <thead>
          <tr>
            <th scope="col">so far</th>
            <th scope="col">with breaker</th>
            <th scope="col">without</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">calls reaching the backend</th>
            <td>{t.permitted}</td>
            <td>{t.calls}</td>
          </tr>
          <tr>
            <th scope="row">calls that failed at the backend</th>
            <td>{t.failed}</td>
            <td>{w.failures}</td>
          </tr>
          <tr>
            <th scope="row">errors users saw (incl. rejections)</th>
            <td>{errorsWith}</td>
            <td>{w.failures}</td>
          </tr>
          <tr>
            <th scope="row">mean latency users saw</th>
            <td>{meanWith} ms</td>
            <td>{meanWithout} ms</td>
          </tr>
          <tr>
            <th scope="row">slow calls</th>
            <td>{t.slow}</td>
            <td>{w.slow}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted small">
        The breaker kept {t.rejected} call{t.rejected === 1 ? '' : 's'} off the backend; {w.failuresSpared} of them would have failed there. Rejected calls fail fast (0
        ms).
      </p>
    </section>
  );
}
