import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { NODE_SIZE } from './layout';
import { ServerLiveContext } from './liveContext';
import type { Role } from './types';

/**
 * What the node object carries: only what changes on events, so the object
 * (and React Flow's internal node) is reused across frames. The election
 * timer and the "concerned by this event" ring come from ServerLiveContext.
 */
export interface ServerNodeData extends Record<string, unknown> {
  id: string;
  role: Role;
  term: number;
  votedFor: string | null;
  alive: boolean;
  /** A leader whose term is older than another live leader's (cut off in a minority). */
  stale: boolean;
  selected: boolean;
  onSelect: (id: string) => void;
}

const RING_R = NODE_SIZE / 2 - 4;

function subline(d: ServerNodeData): string {
  if (!d.alive) return 'down';
  if (d.role === 'leader') return d.stale ? 'stale leader' : 'leader';
  if (d.role === 'candidate') return 'candidate';
  return d.votedFor ? `voted ${d.votedFor}` : 'follower';
}

/** One server: its role as colour, term, vote, and an arc for the time left on its election timer. */
export const ServerNode = memo(function ServerNode({ data: d }: NodeProps<Node<ServerNodeData>>) {
  // Re-rendered on every frame (the context); the handle and the button below only when `d` changes.
  const live = useContext(ServerLiveContext);
  const timer = live.timers.get(d.id) ?? null;
  /** The frame's event concerns this server (it sent, received or was acted on). */
  const active = live.active.has(d.id);
  const state = d.alive ? d.role : 'down';
  return (
    <div
      className={`raft-server raft-${state}${d.stale ? ' raft-stale' : ''}${d.selected ? ' raft-selected' : ''}${active ? ' raft-active' : ''}`}
      style={{ width: NODE_SIZE, height: NODE_SIZE }}
      data-testid={`server-${d.id}`}
      data-role={d.role}
      data-alive={d.alive}
      data-term={d.term}
      data-stale={d.stale}
    >
      <CenterHandle />
      <svg className="raft-ring" viewBox={`0 0 ${NODE_SIZE} ${NODE_SIZE}`} aria-hidden="true">
        <circle className="raft-ring-bg" cx={NODE_SIZE / 2} cy={NODE_SIZE / 2} r={RING_R} />
        {timer !== null && d.alive && <TimerArc timer={timer.toFixed(3)} />}
      </svg>
      <ServerButton d={d} />
    </div>
  );
});

/** The one handle every link attaches to (the centre; see .raft-handle). */
const CenterHandle = memo(function CenterHandle() {
  return <Handle id="c" type="source" position={Position.Top} isConnectable={false} className="raft-handle" />;
});

const ServerButton = memo(function ServerButton({ d }: { d: ServerNodeData }) {
  const label = `${d.id}: ${d.alive ? (d.stale ? 'stale leader' : d.role) : 'down'}, term ${d.term}${d.votedFor ? `, voted for ${d.votedFor}` : ''}`;
  return (
    <button type="button" className="raft-server-btn nodrag" aria-pressed={d.selected} aria-label={`${label}. Select to crash, restart or time it out`} onClick={() => d.onSelect(d.id)}>
      <span className="raft-sid">{d.id}</span>
      <span className="raft-sterm">term {d.term}</span>
      <span className="raft-ssub">{subline(d)}</span>
    </button>
  );
});

/** The election timer's arc (`timer`: fraction left, as drawn). */
const TimerArc = memo(function TimerArc({ timer }: { timer: string }) {
  return (
    <circle
      className="raft-ring-timer"
      cx={NODE_SIZE / 2}
      cy={NODE_SIZE / 2}
      r={RING_R}
      pathLength={1}
      strokeDasharray={`${timer} 1`}
      transform={`rotate(-90 ${NODE_SIZE / 2} ${NODE_SIZE / 2})`}
    />
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
