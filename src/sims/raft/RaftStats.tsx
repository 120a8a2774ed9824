import type { RaftState } from './types';

/** A few numbers about the current frame. */
export function RaftStats({ state }: { state: RaftState }) {
  const leaders = state.nodes.filter((n) => n.alive && n.role === 'leader');
  const top = Math.max(...state.nodes.map((n) => n.term));
  const leaderText = leaders.length ? leaders.map((n) => `${n.id} (term ${n.term})`).join(', ') : 'none';
  return (
    <dl className="stats raft-stats" aria-label="Cluster statistics">
      <div>
        <dt>Time</dt>
        <dd data-testid="raft-time">{state.time} ms</dd>
      </div>
      <div>
        <dt>Leader</dt>
        <dd data-testid="raft-leaders">{leaderText}</dd>
      </div>
      <div>
        <dt>Highest term</dt>
        <dd>{top}</dd>
      </div>
      <div>
        <dt>Committed</dt>
        <dd>{state.committed.length}</dd>
      </div>
      <div>
        <dt>In flight</dt>
        <dd>{state.messages.length}</dd>
      </div>
      <div>
        <dt>Sent / lost</dt>
        <dd>
          {state.stats.sent} / {state.stats.lost}
        </dd>
      </div>
    </dl>
  );
}
