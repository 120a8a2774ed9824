import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../engine/validateScenario';
import { findSim } from '../registry';
import { circuitBreakerSim } from './definition';

const check = (raw: unknown) => validateScenario(raw, findSim);
const errorsOf = (raw: unknown): string[] => {
  const r = check(raw);
  return r.ok ? [] : r.errors;
};

describe('validation', () => {
  it('accepts every example and the default scenario', () => {
    for (const ex of circuitBreakerSim.examples) expect(check({ sim: 'circuit-breaker', ...ex.scenario }).ok, ex.id).toBe(true);
    expect(check({ sim: 'circuit-breaker', ...circuitBreakerSim.defaultScenario }).ok).toBe(true);
  });

  it('accepts a pasted Resilience4j config', () => {
    const r = check({
      sim: 'circuit-breaker',
      params: { failureRateThreshold: 50, slidingWindowType: 'TIME_BASED', slidingWindowSize: 10, minimumNumberOfCalls: 10, waitDurationInOpenState: 50000, permittedNumberOfCallsInHalfOpenState: 3 },
    });
    expect(r.ok).toBe(true);
  });

  it('names field, rule and value for bad params', () => {
    const errors = errorsOf({
      sim: 'circuit-breaker',
      params: { failureRateThreshold: 0, slidingWindowType: 'SLIDING', slidingWindowSize: 2.5, automaticTransitionFromOpenToHalfOpenEnabled: 'yes', ringBufferSizeInClosedState: 10 },
    });
    expect(errors).toContain('params.failureRateThreshold: must be a number from 1 to 100 %, got 0');
    expect(errors).toContain('params.slidingWindowType: must be one of "COUNT_BASED", "TIME_BASED", got "SLIDING"');
    expect(errors).toContain('params.slidingWindowSize: must be an integer from 1 to 200, got 2.5');
    expect(errors).toContain('params.automaticTransitionFromOpenToHalfOpenEnabled: must be true or false, got "yes"');
    expect(errors.some((e) => e.startsWith('params.ringBufferSizeInClosedState: unknown parameter'))).toBe(true);
  });

  it('names field, rule and value for bad ops', () => {
    const errors = errorsOf({
      sim: 'circuit-breaker',
      ops: [
        { op: 'call', at: 100, outcome: 'timeout', durationMs: 20 },
        { op: 'call', at: -5, outcome: 'success', durationMs: 20 },
        { op: 'transition', at: 200, to: 'HALF_CLOSED' },
        { op: 'backend', at: 300, failureRate: 80, latencyMs: 100 },
        { op: 'acquire', at: 400, outcome: 'success' },
        { op: 'reset', at: 500 },
        { op: 'call', at: 600, outcome: 'success', durationMs: 1.5 },
      ],
    });
    expect(errors).toContain('ops[0].outcome: must be "success" or "failure", got "timeout"');
    expect(errors).toContain('ops[1].at: must be a time in ms (an integer ≥ 0), got -5');
    expect(errors).toContain('ops[2].to: must be one of "CLOSED", "OPEN", "HALF_OPEN", "DISABLED", "FORCED_OPEN", "METRICS_ONLY", got "HALF_CLOSED"');
    expect(errors).toContain('ops[3].failureRate: must be a probability from 0 to 1, got 80');
    expect(errors.some((e) => e.startsWith('ops[4]') && e.includes('outcome'))).toBe(true);
    expect(errors.some((e) => e.startsWith('ops[5].op: must be an op'))).toBe(true);
    expect(errors).toContain('ops[6].durationMs: must be a duration in ms (an integer from 0 to 600000), got 1.5');
  });

  it('requires ops in time order and within the run', () => {
    const errors = errorsOf({
      sim: 'circuit-breaker',
      params: { duration: 10000 },
      ops: [
        { op: 'acquire', at: 5000 },
        { op: 'acquire', at: 4000 },
        { op: 'acquire', at: 12000 },
      ],
    });
    expect(errors).toEqual([
      'ops[1].at: must not be earlier than the op before it (5000 ms), got 4000',
      'ops[2].at: must be within the run (at most duration = 10000 ms), got 12000',
    ]);
  });
});
