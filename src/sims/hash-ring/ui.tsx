import type { SimUi } from '../../app/simUi';
import { HashRingActions } from './HashRingActions';
import { HashRingView } from './HashRingView';
import type { HashRingHighlight, HashRingParams, HashRingState } from './types';

export default { View: HashRingView, Actions: HashRingActions } satisfies SimUi<HashRingState, HashRingHighlight, HashRingParams>;
