import { useId, useState } from 'react';
import type { ActionsProps } from '../../app/simUi';
import { isLegalTransition } from './stateMachine';
import { BREAKER_STATES, type BreakerStateName, type CircuitBreakerHighlight, type CircuitBreakerParams, type CircuitBreakerState } from './types';

/** Actions at the current frame's time: a call, an acquire, the backend's health, a manual transition. */
export function CircuitBreakerActions({ frame, act }: ActionsProps<CircuitBreakerState, CircuitBreakerHighlight, CircuitBreakerParams>) {
  const id = useId();
  const s = frame.state;
  const at = s.time;
  const [outcome, setOutcome] = useState<'success' | 'failure'>('failure');
  const [took, setTook] = useState(20);
  const [failPct, setFailPct] = useState(80);
  const [latency, setLatency] = useState(1200);
  const [to, setTo] = useState<BreakerStateName>('FORCED_OPEN');
  const legal = isLegalTransition(s.state, to);
  const atText = at < 1000 ? `${at} ms` : `${Number((at / 1000).toFixed(3))} s`;

  return (
    <div className="stack cb-actions">
      <p className="muted small">Actions happen at {atText}, the time of this frame; what came after is replaced.</p>
      <fieldset className="cb-fieldset">
        <legend>One call</legend>
        <div className="row">
          <label className="field" htmlFor={`${id}-outcome`}>
            <span className="label">Outcome</span>
            <select id={`${id}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value as 'success' | 'failure')}>
              <option value="success">success</option>
              <option value="failure">failure</option>
            </select>
          </label>
          <label className="field" htmlFor={`${id}-took`}>
            <span className="label">Call takes (ms)</span>
            <input id={`${id}-took`} type="number" min={0} max={600000} step={1} value={took} onChange={(e) => setTook(clampInt(e.target.value, 0, 600000))} />
          </label>
        </div>
        <div className="row">
          <button type="button" className="primary" onClick={() => act({ op: 'call', at, outcome, durationMs: took })}>
            Make a call
          </button>
          <button type="button" onClick={() => act({ op: 'acquire', at })} title="Take a permission for a call whose result never comes back">
            Acquire (never returns)
          </button>
        </div>
      </fieldset>
      <fieldset className="cb-fieldset">
        <legend>Backend health</legend>
        <div className="row">
          <label className="field" htmlFor={`${id}-fail`}>
            <span className="label">Backend failures (%)</span>
            <input id={`${id}-fail`} type="number" min={0} max={100} step={1} value={failPct} onChange={(e) => setFailPct(clampInt(e.target.value, 0, 100))} />
          </label>
          <label className="field" htmlFor={`${id}-lat`}>
            <span className="label">Backend latency (ms)</span>
            <input id={`${id}-lat`} type="number" min={0} max={600000} step={10} value={latency} onChange={(e) => setLatency(clampInt(e.target.value, 0, 600000))} />
          </label>
        </div>
        <div className="row">
          <button type="button" onClick={() => act({ op: 'backend', at, failureRate: failPct / 100, latencyMs: latency })}>
            Set backend
          </button>
          <button type="button" onClick={() => act({ op: 'backend', at, failureRate: 0, latencyMs: 50 })}>
            Heal backend
          </button>
        </div>
        <p className="muted small">
          Now: {Math.round(s.backend.failureRate * 100)}% failures, about {s.backend.latencyMs} ms.
        </p>
      </fieldset>
      <fieldset className="cb-fieldset">
        <legend>Manual transition</legend>
        <div className="row">
          <label className="field" htmlFor={`${id}-to`}>
            <span className="label">To state</span>
            <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value as BreakerStateName)}>
              {BREAKER_STATES.map((name) => (
                <option key={name} value={name}>
                  {name}
                  {isLegalTransition(s.state, name) ? '' : ' (not allowed)'}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => act({ op: 'transition', at, to })} disabled={!legal}>
            Transition
          </button>
        </div>
        {!legal && <p className="muted small">Resilience4j has no {s.state} → {to} transition.</p>}
      </fieldset>
    </div>
  );
}

function clampInt(v: string, min: number, max: number): number {
  const n = Math.round(Number(v));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}
