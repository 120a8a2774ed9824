import { expectedSearchBound } from './model/stats';
import type { SearchCost } from './model/types';

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/** n, height, and the last search's comparisons against Pugh's bound L(n)/p + 1/(1−p). */
export function SearchStats({
  n,
  height,
  p,
  lastSearch,
  current,
}: {
  n: number;
  height: number;
  p: number;
  lastSearch: SearchCost | null;
  current?: number;
}) {
  const bound = expectedSearchBound(Math.max(1, current === undefined && lastSearch ? lastSearch.n : n), p);
  return (
    <dl className="stats" data-testid="skip-list-stats">
      <div>
        <dt>n</dt>
        <dd data-testid="stat-n">{n}</dd>
      </div>
      <div>
        <dt>height</dt>
        <dd data-testid="stat-height">{height}</dd>
      </div>
      <div>
        <dt>comparisons, last search</dt>
        <dd data-testid="stat-comparisons">
          {current !== undefined
            ? `${current} so far`
            : lastSearch
              ? `${lastSearch.comparisons} (${lastSearch.key} ${lastSearch.found ? 'found' : 'absent'})`
              : '—'}
        </dd>
      </div>
      <div>
        <dt>Pugh's bound L(n)/p + 1/(1−p)</dt>
        <dd data-testid="stat-bound">{fmt(bound)}</dd>
      </div>
    </dl>
  );
}
