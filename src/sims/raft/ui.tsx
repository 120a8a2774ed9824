import type { SimUi } from '../../app/simUi';
import { RaftActions } from './RaftActions';
import { RaftView } from './RaftView';
import type { RaftHighlight, RaftParams, RaftState } from './types';

export default {
  View: RaftView,
  Actions: RaftActions,
} satisfies SimUi<RaftState, RaftHighlight, RaftParams>;
