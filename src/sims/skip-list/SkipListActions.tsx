import { useState } from 'react';
import type { ActionsProps } from '../../app/simUi';
import type { SkipListHighlight, SkipListParams, SkipListState } from './model/types';
import { KEY_LIMIT, MAX_KEYS } from './opSchema';

/** What the user typed survives the panel being remounted when the timeline recomputes. */
const remembered: Record<string, string> = {};
function useRemembered(name: string, initial: string): [string, (v: string) => void] {
  const [value, setValue] = useState(remembered[name] ?? initial);
  return [
    value,
    (v: string) => {
      remembered[name] = v;
      setValue(v);
    },
  ];
}

const asInt = (s: string): number | null => (/^-?\d+$/.test(s.trim()) ? Number(s.trim()) : null);

/** Insert (optionally with a level), delete, search, insert N random keys; rank / byRank when spans are on. */
export function SkipListActions({ act, params, frame }: ActionsProps<SkipListState, SkipListHighlight, SkipListParams>) {
  const [keyText, setKeyText] = useRemembered('key', '42');
  const [levelText, setLevelText] = useRemembered('level', '');
  const [countText, setCountText] = useRemembered('count', '100');
  const [rankText, setRankText] = useRemembered('rank', '1');
  const key = asInt(keyText);
  const keyOk = key !== null && Math.abs(key) <= KEY_LIMIT;
  const level = levelText.trim() === '' ? undefined : asInt(levelText);
  const levelOk = level === undefined || (level !== null && level >= 1 && level <= params.maxLevel);
  const count = asInt(countText);
  const room = MAX_KEYS - frame.state.n;
  const countOk = count !== null && count >= 1 && count <= Math.min(100_000, room);
  const rank = asInt(rankText);
  const rankOk = rank !== null && rank >= 1 && rank <= MAX_KEYS;

  return (
    <div className="stack sl-actions">
      <div className="row">
        <div className="field">
          <label htmlFor="sl-key">Key</label>
          <input
            id="sl-key"
            inputMode="numeric"
            size={8}
            value={keyText}
            aria-invalid={!keyOk}
            onChange={(e) => setKeyText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sl-level">Level (optional)</label>
          <input
            id="sl-level"
            inputMode="numeric"
            size={4}
            placeholder="flip"
            value={levelText}
            aria-invalid={!levelOk}
            aria-describedby="sl-level-help"
            onChange={(e) => setLevelText(e.target.value)}
          />
        </div>
      </div>
      <span className="help muted small" id="sl-level-help">
        Leave the level empty to grow the tower by coin flips; a level from 1 to {params.maxLevel} replaces them.
      </span>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!keyOk || !levelOk}
          onClick={() => act(level === undefined ? { op: 'insert', key: key! } : { op: 'insert', key: key!, level: level! })}
        >
          Insert
        </button>
        <button type="button" disabled={!keyOk} onClick={() => act({ op: 'delete', key: key! })}>
          Delete
        </button>
        <button type="button" disabled={!keyOk} onClick={() => act({ op: 'search', key: key! })}>
          Search
        </button>
        {params.spans && (
          <button type="button" disabled={!keyOk} onClick={() => act({ op: 'rank', key: key! })}>
            Rank
          </button>
        )}
      </div>
      <div className="row sl-bulk">
        <div className="field">
          <label htmlFor="sl-count">How many random keys</label>
          <input
            id="sl-count"
            inputMode="numeric"
            size={7}
            value={countText}
            aria-invalid={!countOk}
            onChange={(e) => setCountText(e.target.value)}
          />
        </div>
        <button type="button" disabled={!countOk} onClick={() => act({ op: 'insertMany', count: count! })}>
          Insert N
        </button>
      </div>
      {params.spans ? (
        <div className="row">
          <div className="field">
            <label htmlFor="sl-rank">Rank (1-based)</label>
            <input
              id="sl-rank"
              inputMode="numeric"
              size={7}
              value={rankText}
              aria-invalid={!rankOk}
              onChange={(e) => setRankText(e.target.value)}
            />
          </div>
          <button type="button" disabled={!rankOk} onClick={() => act({ op: 'byRank', rank: rank! })}>
            Find by rank
          </button>
        </div>
      ) : (
        <p className="muted small">Turn on “Spans (Redis ranks)” to ask for a key’s rank or the key at a rank.</p>
      )}
    </div>
  );
}
