import type { SimUi } from '../../app/simUi';
import { BTreeActions } from './BTreeActions';
import { BTreeView } from './BTreeView';
import type { BTreeHighlight, BTreeParams, BTreeState } from './types';

export default { View: BTreeView, Actions: BTreeActions } satisfies SimUi<BTreeState, BTreeHighlight, BTreeParams>;
