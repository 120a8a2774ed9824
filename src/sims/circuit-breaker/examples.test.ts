import { describe, expect, it } from 'vitest';
import { circuitBreakerSim } from './definition';
import { defaultParams } from '../../engine/params';
import type { CbFrame } from './testHelpers';
import type { CircuitBreakerOp } from './types';

/** Each example shows what its description promises. */
function framesOf(id: string): CbFrame[] {
  const ex = circuitBreakerSim.examples.find((e) => e.id === id)!;
  return [...circuitBreakerSim.run({ ...defaultParams(circuitBreakerSim.params), ...ex.scenario.params } as never, ex.scenario.seed, ex.scenario.ops as CircuitBreakerOp[])] as CbFrame[];
}
const moves = (fs: CbFrame[]) => fs.flatMap((f) => f.state.transitions.map((t) => `${t.from}>${t.to}@${t.at}`));

describe('examples', () => {
  it('"Outage and recovery" opens after the outage starts, fails a probe, and closes after it ends', () => {
    const m = moves(framesOf('outage-and-recovery')).map((s) => s.split('@'));
    expect(m.map(([k]) => k)).toEqual(['CLOSED>OPEN', 'OPEN>HALF_OPEN', 'HALF_OPEN>OPEN', 'OPEN>HALF_OPEN', 'HALF_OPEN>CLOSED']);
    expect(Number(m[0][1])).toBeGreaterThan(5000);
    expect(Number(m[4][1])).toBeGreaterThan(15000);
  });

  it('"Slow backend" opens on the slow-call rate with no failures', () => {
    const fs = framesOf('slow-backend');
    const open = fs.find((f) => f.state.transitions.some((t) => t.to === 'OPEN'))!;
    expect(open.state.transitions[0].reason).toMatch(/^slow-call rate 100% ≥ 80%$/);
    expect(fs[fs.length - 1].state.totals.failed).toBe(0);
    expect(fs[fs.length - 1].state.state).toBe('CLOSED');
  });

  it('"Half-open probe fails" rejects the call at the end of the wait, probes 1 ms later and reopens', () => {
    const fs = framesOf('half-open-probe-fails');
    expect(moves(fs)).toEqual(['CLOSED>OPEN@400', 'OPEN>HALF_OPEN@2401', 'HALF_OPEN>OPEN@2500']);
    expect(fs.find((f) => f.op === 5)!.state.lastCall).toEqual({ at: 2400, permitted: false, outcome: null, durationMs: null });
  });

  it('"Stuck half-open" stays HALF_OPEN with both permits in flight, rejecting everything after', () => {
    const fs = framesOf('stuck-half-open');
    const end = fs[fs.length - 1].state;
    expect(end).toMatchObject({ state: 'HALF_OPEN', inFlight: 2, halfOpen: { permitted: 2, admitted: 2 } });
    expect([6, 7, 8].map((i) => fs.find((f) => f.op === i)!.state.lastCall?.permitted)).toEqual([false, false, false]);
  });

  it('"Resilience4j defaults" uses the documented CircuitBreakerConfig defaults', () => {
    const ex = circuitBreakerSim.examples.find((e) => e.id === 'resilience4j-defaults')!;
    expect(ex.scenario.params).toMatchObject({
      failureRateThreshold: 50,
      slowCallRateThreshold: 100,
      slowCallDurationThreshold: 60000,
      slidingWindowType: 'COUNT_BASED',
      slidingWindowSize: 100,
      minimumNumberOfCalls: 100,
      waitDurationInOpenState: 60000,
      permittedNumberOfCallsInHalfOpenState: 10,
      automaticTransitionFromOpenToHalfOpenEnabled: false,
    });
    const m = moves(framesOf('resilience4j-defaults'));
    expect(m[0]).toMatch(/^CLOSED>OPEN@/);
    expect(m[m.length - 1]).toMatch(/^HALF_OPEN>CLOSED@/);
  });
});
