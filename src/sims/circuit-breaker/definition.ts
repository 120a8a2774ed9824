import type { SimDefinition } from '../../engine/types';
import { EXAMPLES, outageAndRecovery } from './examples';
import { circuitBreakerInvariants } from './invariants';
import { runCircuitBreaker } from './model';
import { checkOps, opSchema } from './ops';
import { PARAMS } from './params';
import type { CircuitBreakerHighlight, CircuitBreakerOp, CircuitBreakerParams, CircuitBreakerState } from './types';

/**
 * Circuit breaker: Resilience4j's CircuitBreaker state machine under
 * generated traffic and a backend that degrades and recovers (issue 6).
 */
export const circuitBreakerSim: SimDefinition<CircuitBreakerParams, CircuitBreakerOp, CircuitBreakerState, CircuitBreakerHighlight> = {
  id: 'circuit-breaker',
  title: 'Circuit breaker',
  tagline: 'Watch exactly when and why a Resilience4j circuit breaker opens, probes and closes.',
  topics: ['resilience', 'fault tolerance', 'microservices', 'state machine'],
  source:
    'Resilience4j CircuitBreaker (resilience4j.readme.io/docs/circuitbreaker; CircuitBreakerStateMachine, CircuitBreakerMetrics, FixedSizeSlidingWindowMetrics, SlidingTimeWindowMetrics)',
  timing: 'timed',
  params: PARAMS,
  opSchema,
  checkOps,
  maxOps: 2000,
  run: runCircuitBreaker,
  invariants: circuitBreakerInvariants,
  timeOf: (s) => s.time,
  examples: EXAMPLES,
  defaultScenario: outageAndRecovery.scenario,
};
