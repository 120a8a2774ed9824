import type { Edge, EdgeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { RPC_COLOR } from './colors';
import { NODE_SIZE } from './layout';
import { FlightContext } from './liveContext';
import type { RpcType } from './types';

export interface FlightMessage {
  id: number;
  type: RpcType;
  /** True when it travels from the edge's source to its target. */
  forward: boolean;
  /** Fraction of the way, 0..1. */
  p: number;
  /** Carries entries (AppendEntries) or a refusal (replies). */
  loaded: boolean;
  refused: boolean;
  /** Delivered in this frame: drawn at the receiver, fading out. */
  arrived: boolean;
  label: string;
}

/** Only what changes with the network's shape; the messages come from FlightContext, so the edge objects stay stable. */
export interface LinkData extends Record<string, unknown> {
  cut: boolean;
}

const NONE: readonly FlightMessage[] = [];

/** A network link; messages in flight ride along it at their position at the frame's time. */
export const LinkEdge = memo(function LinkEdge({ id, sourceX, sourceY, targetX, targetY, data }: EdgeProps<Edge<LinkData>>) {
  const messages = useContext(FlightContext).get(id) ?? NONE;
  const dx = targetX - sourceX;
  const dy = targetY - sourceY;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const rim = NODE_SIZE / 2 + 2;
  const span = Math.max(0, len - 2 * rim);
  return (
    <g className={data?.cut ? 'raft-link cut' : 'raft-link'}>
      <line x1={sourceX} y1={sourceY} x2={targetX} y2={targetY} className="raft-link-line" />
      {messages.map((m) => {
        const q = m.forward ? m.p : 1 - m.p;
        // Requests and replies in opposite directions ride on either side of the line.
        const side = m.forward ? 5 : -5;
        const x = sourceX + ux * (rim + q * span) - uy * side;
        const y = sourceY + uy * (rim + q * span) + ux * side;
        return <FlightDot key={m.id} m={m} x={x} y={y} />;
      })}
    </g>
  );
});

/** One message; re-rendered only when it moved or changed. */
const FlightDot = memo(
  function FlightDot({ m, x, y }: { m: FlightMessage; x: number; y: number }) {
    const reply = m.type.endsWith('Reply');
    const color = m.refused ? 'var(--bad)' : RPC_COLOR[m.type];
    return (
      <g className={`raft-msg anim${m.arrived ? ' arrived' : ''}`} style={{ transform: `translate(${x}px, ${y}px)` }} data-type={m.type}>
        <title>{m.label}</title>
        {m.type === 'RequestVote' ? (
          <rect x={-5} y={-5} width={10} height={10} transform="rotate(45)" fill={color} />
        ) : (
          <circle r={m.loaded ? 7 : 5} fill={reply ? 'var(--panel)' : color} stroke={color} strokeWidth={reply ? 2.5 : 0} />
        )}
      </g>
    );
  },
  (a, b) => a.x === b.x && a.y === b.y && a.m.arrived === b.m.arrived && a.m.id === b.m.id && a.m.type === b.m.type && a.m.label === b.m.label && a.m.refused === b.m.refused && a.m.loaded === b.m.loaded,
);
