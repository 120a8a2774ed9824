import type { ViewProps } from '../../app/simUi';
import { HeightHistogram } from './HeightHistogram';
import type { SkipListHighlight, SkipListParams, SkipListState } from './model/types';
import { PendingTower } from './PendingTower';
import { SearchStats } from './SearchStats';
import { SkipListPicture } from './SkipListPicture';
import './skipList.css';

export function SkipListView({ frame, params, playing }: ViewProps<SkipListState, SkipListHighlight, SkipListParams>) {
  const { state, highlight } = frame;
  const pending = highlight?.pending;
  return (
    <div className="sl-view">
      <SkipListPicture state={state} highlight={highlight} spansOn={params.spans === true} playing={playing} />
      <div className="sl-under">
        {pending ? (
          <PendingTower nodeKey={pending.key} level={pending.level} heads={pending.heads} />
        ) : (
          <div className="sl-pending sl-pending-empty" aria-hidden="true" />
        )}
        {highlight?.rank !== undefined && (
          <p className="sl-rank" data-testid="skip-list-rank">
            Rank walked so far: <strong className="mono">{highlight.rank}</strong>
          </p>
        )}
      </div>
      <div className="sl-stats-row">
        <section className="sl-stats" aria-label="Statistics">
          <SearchStats
            n={state.n}
            height={state.level}
            p={params.p}
            lastSearch={state.lastSearch}
            current={highlight?.kind === 'search' ? highlight.comparisons : undefined}
          />
        </section>
        <section className="sl-histogram" aria-label="Tower heights">
          <HeightHistogram nodes={state.nodes} p={params.p} maxLevel={params.maxLevel} />
        </section>
      </div>
    </div>
  );
}
