import type { SimUi } from '../../app/simUi';
import type { SkipListHighlight, SkipListParams, SkipListState } from './model/types';
import { SkipListActions } from './SkipListActions';
import { SkipListView } from './SkipListView';

export default { View: SkipListView, Actions: SkipListActions } satisfies SimUi<SkipListState, SkipListHighlight, SkipListParams>;
