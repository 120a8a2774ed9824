import { scaleLinear } from 'd3-scale';
import { useMemo, useRef } from 'react';
import type { Frame } from '../../engine/types';
import { termColor } from './colors';
import { timelineHistory, type TimelineHistory } from './tenures';
import type { RaftHighlight, RaftState } from './types';
import { useElementWidth } from '../../ui/useElementWidth';
import { useThrottledPrefix } from '../../ui/useThrottled';

const ROW = 20;
const LEFT = 34;
const AXIS = 22;

const NO_HISTORY: TimelineHistory = { leads: [], down: [] };

/**
 * Who led which term and when, when servers were down, and when elections
 * started, up to the current frame (`state`). Tenures are read off the frames
 * up to it; while they are still arriving (a link's frame sent ahead), only
 * the elections, which the state records, are drawn.
 */
export function TermTimeline({
  frames,
  index,
  state,
  duration,
}: {
  frames: readonly Frame<RaftState, RaftHighlight>[];
  index: number;
  state: RaftState;
  duration: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 600) ?? 600;
  // Recomputed when more frames arrive, at most every 250 ms while they stream in (a 20,000-frame run
  // arrives in dozens of bursts) and once more when they stop; a new run (known by its first frame) at once.
  const complete = frames.length > index;
  const settled = useThrottledPrefix(frames, 250);
  const history = useMemo(() => (complete ? timelineHistory(settled.map((f) => f.state)) : NO_HISTORY), [settled, complete]);
  const now = state.time;
  const ids = state.nodes.map((n) => n.id);
  const x = scaleLinear().domain([0, duration]).range([LEFT, Math.max(LEFT + 50, width - 8)]);
  const height = ids.length * ROW + AXIS;
  const row = (id: string) => ids.indexOf(id) * ROW;
  const leads = history.leads.filter((s) => s.from <= now);
  const down = history.down.filter((s) => s.from <= now);
  const elections = state.elections;
  const end = (to: number | null) => Math.min(to ?? now, now);
  const summary = !complete
    ? 'Term timeline: loading the frames before this one'
    : leads.length
    ? `Term timeline: ${leads.map((s) => `${s.server} led term ${s.term} from ${s.from} ms`).slice(-6).join('; ')}; ${elections.length} election${elections.length === 1 ? '' : 's'} so far`
    : `Term timeline: no leader yet; ${elections.length} election${elections.length === 1 ? '' : 's'} so far`;
  return (
    <section className="raft-timeline" aria-labelledby="raft-timeline-title" aria-busy={!complete}>
      <h2 className="panel-title" id="raft-timeline-title">
        Terms over time{!complete && <span className="muted small"> · loading the frames before this one…</span>}
      </h2>
      <div ref={box} className="raft-timeline-box">
        <svg width={width} height={height} role="img" aria-label={summary}>
          {ids.map((id) => (
            <g key={id} transform={`translate(0, ${row(id)})`}>
              <text x={4} y={ROW / 2 + 4} className="raft-tl-label">
                {id}
              </text>
              <line x1={LEFT} x2={x(duration)} y1={ROW / 2} y2={ROW / 2} className="raft-tl-track" />
            </g>
          ))}
          {down.map((s) => (
            <rect key={s.id} x={x(s.from)} y={row(s.server) + 4} width={Math.max(1, x(end(s.to)) - x(s.from))} height={ROW - 8} className="raft-tl-down">
              <title>{`${s.server} down from ${s.from} ms${s.to !== null && s.to <= now ? ` to ${s.to} ms` : ''}`}</title>
            </rect>
          ))}
          {leads.map((s) => {
            const w = Math.max(2, x(end(s.to)) - x(s.from));
            return (
              <g key={s.id}>
                <rect x={x(s.from)} y={row(s.server) + 2} width={w} height={ROW - 4} rx={3} className="raft-tl-lead" style={{ fill: termColor(s.term), stroke: termColor(s.term) }}>
                  <title>{`${s.server} leads term ${s.term} from ${s.from} ms`}</title>
                </rect>
                {w > 26 && (
                  <text x={x(s.from) + 4} y={row(s.server) + ROW / 2 + 4} className="raft-tl-term">
                    T{s.term}
                  </text>
                )}
              </g>
            );
          })}
          {elections
            .filter((e) => e.at <= now)
            .map((e) => (
              <path key={`${e.candidate}-${e.term}-${e.at}`} d={`M${x(e.at)},${row(e.candidate) + 3} l4,7 l-4,7 l-4,-7 z`} className="raft-tl-election">
                <title>{`${e.candidate} starts an election for term ${e.term} at ${e.at} ms`}</title>
              </path>
            ))}
          <line x1={x(now)} x2={x(now)} y1={0} y2={ids.length * ROW} className="raft-tl-now" />
          <g transform={`translate(0, ${ids.length * ROW})`}>
            {x.ticks(Math.max(2, Math.floor(width / 90))).map((t) => (
              <g key={t} transform={`translate(${x(t)}, 0)`}>
                <line y2={4} className="raft-tl-tick" />
                <text y={16} textAnchor="middle" className="raft-tl-axis">
                  {t} ms
                </text>
              </g>
            ))}
          </g>
        </svg>
      </div>
      <p className="raft-legend muted small">
        <span>
          <span className="raft-key lead" /> leader (colour = term)
        </span>
        <span>
          <span className="raft-key election" /> election started
        </span>
        <span>
          <span className="raft-key down" /> down
        </span>
      </p>
    </section>
  );
}
