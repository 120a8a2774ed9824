import type { SimUi } from '../../app/simUi';
import { CircuitBreakerActions } from './CircuitBreakerActions';
import { CircuitBreakerView } from './CircuitBreakerView';
import type { CircuitBreakerHighlight, CircuitBreakerParams, CircuitBreakerState } from './types';

export default {
  View: CircuitBreakerView,
  Actions: CircuitBreakerActions,
} satisfies SimUi<CircuitBreakerState, CircuitBreakerHighlight, CircuitBreakerParams>;
