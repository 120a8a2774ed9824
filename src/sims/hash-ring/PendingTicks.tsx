import { memo, useMemo } from 'react';
import { nodeColor } from './nodeColor';
import { ticksPath, TICK_IN, TICK_OUT } from './ringGeometry';
import type { PendingChange, RingNode } from './types';

/** A joining node's points (highlighted, appearing) or a leaving node's (dashed, fading); the canvas draws every other point. */
export const PendingTicks = memo(function PendingTicks({ nodes, pending }: { nodes: readonly RingNode[]; pending?: PendingChange }) {
  const d = useMemo(
    () =>
      pending
        ? ticksPath(
            pending.points.map((p) => p.hash),
            TICK_IN - 4,
            TICK_OUT + 4,
          )
        : '',
    [pending],
  );
  if (!pending) return null;
  const join = pending.change === 'join';
  return (
    <path
      key={`${pending.change}-${pending.node}`}
      d={d}
      stroke={join ? 'var(--highlight)' : nodeColor(nodes.find((n) => n.id === pending.node)?.color)}
      className={`hr-ticks ${join ? 'hr-appear' : 'hr-leave'}`}
      data-pending={pending.change}
    />
  );
});
