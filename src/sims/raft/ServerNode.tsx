import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_SIZE } from './layout';
import type { Role } from './types';

export interface ServerNodeData extends Record<string, unknown> {
  id: string;
  role: Role;
  term: number;
  votedFor: string | null;
  alive: boolean;
  /** Remaining fraction of the election timer, or null when none runs. */
  timer: number | null;
  /** A leader whose term is older than another live leader's (cut off in a minority). */
  stale: boolean;
  selected: boolean;
  /** The frame's event concerns this server (it sent, received or was acted on). */
  active: boolean;
  onSelect: (id: string) => void;
}

function subline(d: ServerNodeData): string {
  if (!d.alive) return 'down';
  if (d.role === 'leader') return d.stale ? 'stale leader' : 'leader';
  if (d.role === 'candidate') return 'candidate';
  return d.votedFor ? `voted ${d.votedFor}` : 'follower';
}

/** One server: its role as colour, term, vote, and an arc for the time left on its election timer. */
export const ServerNode = memo(function ServerNode({ data: d }: NodeProps<Node<ServerNodeData>>) {
  const r = NODE_SIZE / 2 - 4;
  const state = d.alive ? d.role : 'down';
  const label = `${d.id}: ${d.alive ? (d.stale ? 'stale leader' : d.role) : 'down'}, term ${d.term}${d.votedFor ? `, voted for ${d.votedFor}` : ''}`;
  return (
    <div
      className={`raft-server raft-${state}${d.stale ? ' raft-stale' : ''}${d.selected ? ' raft-selected' : ''}${d.active ? ' raft-active' : ''}`}
      style={{ width: NODE_SIZE, height: NODE_SIZE }}
      data-testid={`server-${d.id}`}
      data-role={d.role}
      data-alive={d.alive}
      data-term={d.term}
      data-stale={d.stale}
    >
      <Handle id="c" type="source" position={Position.Top} isConnectable={false} className="raft-handle" />
      <svg className="raft-ring" viewBox={`0 0 ${NODE_SIZE} ${NODE_SIZE}`} aria-hidden="true">
        <circle className="raft-ring-bg" cx={NODE_SIZE / 2} cy={NODE_SIZE / 2} r={r} />
        {d.timer !== null && d.alive && (
          <circle
            className="raft-ring-timer"
            cx={NODE_SIZE / 2}
            cy={NODE_SIZE / 2}
            r={r}
            pathLength={1}
            strokeDasharray={`${d.timer.toFixed(3)} 1`}
            transform={`rotate(-90 ${NODE_SIZE / 2} ${NODE_SIZE / 2})`}
          />
        )}
      </svg>
      <button type="button" className="raft-server-btn nodrag" aria-pressed={d.selected} aria-label={`${label}. Select to crash, restart or time it out`} onClick={() => d.onSelect(d.id)}>
        <span className="raft-sid">{d.id}</span>
        <span className="raft-sterm">term {d.term}</span>
        <span className="raft-ssub">{subline(d)}</span>
      </button>
    </div>
  );
});

export interface GroupNodeData extends Record<string, unknown> {
  label: string;
  width: number;
  height: number;
  visible: boolean;
}

/** A partition group: a dashed island behind its servers (invisible frame when the network is whole). */
export const GroupNode = memo(function GroupNode({ data }: NodeProps<Node<GroupNodeData>>) {
  return (
    <div
      className={data.visible ? 'raft-group' : 'raft-group-frame'}
      style={{ width: data.width, height: data.height }}
      data-testid={data.visible ? 'partition-group' : undefined}
    >
      {data.visible && <span className="raft-group-label">{data.label}</span>}
    </div>
  );
});
