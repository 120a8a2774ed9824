import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { defaultParams } from '../../engine/params';
import { circuitBreakerSim } from './definition';
import { buildHistory } from './history';
import { HistoryCharts } from './HistoryCharts';
import type { CircuitBreakerOp, CircuitBreakerParams, CircuitBreakerState } from './types';

/**
 * Benchmarks for `npm run bench` (issue 6): model throughput at 10^5 calls,
 * and the time to build and render the charts of a 10-minute run at 100 rps
 * (server-side render of the SVG: geometry and markup, no browser layout).
 * Returns plain rows the bench script can print or record.
 */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

const OUTAGE: CircuitBreakerOp[] = [
  { op: 'backend', at: 20000, failureRate: 0.6, latencyMs: 100 },
  { op: 'backend', at: 120000, failureRate: 0, latencyMs: 50 },
];

function params(over: Partial<CircuitBreakerParams>): CircuitBreakerParams {
  return { ...(defaultParams(circuitBreakerSim.params) as CircuitBreakerParams), ...over } as CircuitBreakerParams;
}

function runStates(p: CircuitBreakerParams): CircuitBreakerState[] {
  return [...circuitBreakerSim.run(p, 1, OUTAGE)].map((f) => f.state);
}

export function benchCircuitBreaker(now: () => number = () => performance.now()): BenchRow[] {
  // 500 calls/s for 200 s = 10^5 generated calls.
  const p = params({ rps: 500, duration: 200000 });
  runStates(p); // warm-up
  let t0 = now();
  const states = runStates(p);
  const modelMs = now() - t0;
  const calls = states[states.length - 1].totals.calls;

  const ten = params({ rps: 100, duration: 600000 });
  const tenStates = runStates(ten);
  t0 = now();
  const history = buildHistory(tenStates, ten.duration);
  const svg = renderToStaticMarkup(
    createElement(HistoryCharts, { history, now: 300000, failureRateThreshold: ten.failureRateThreshold, slowCallRateThreshold: ten.slowCallRateThreshold }),
  );
  const chartMs = now() - t0;
  return [
    { name: 'circuit-breaker: model throughput (10^5 calls)', value: Math.round(calls / (modelMs / 1000)), unit: 'calls/s' },
    { name: 'circuit-breaker: frames for 10^5 calls', value: states.length, unit: 'frames' },
    { name: 'circuit-breaker: chart build + render, 10 min at 100 rps', value: Math.round(chartMs * 10) / 10, unit: 'ms' },
    { name: 'circuit-breaker: chart markup size, 10 min at 100 rps', value: svg.length, unit: 'chars' },
  ];
}
