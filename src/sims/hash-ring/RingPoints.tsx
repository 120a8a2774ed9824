import { memo, useMemo } from 'react';
import { nodeColor } from './nodeColor';
import { RING_R, ticksPath } from './ringGeometry';
import type { PendingChange, RingNode, RingPoint } from './types';

const TICK_IN = RING_R - 7;
const TICK_OUT = RING_R + 7;

/** Every node's points as radial ticks: one path per node, keyed by node id. */
export const RingPoints = memo(function RingPoints({ nodes, points, pending }: { nodes: readonly RingNode[]; points: readonly RingPoint[]; pending?: PendingChange }) {
  const paths = useMemo(() => {
    const byNode = new Map<string, number[]>();
    for (const p of points) {
      const list = byNode.get(p.node);
      if (list) list.push(p.hash);
      else byNode.set(p.node, [p.hash]);
    }
    return nodes.map((n) => ({ id: n.id, color: n.color, d: ticksPath(byNode.get(n.id) ?? [], TICK_IN, TICK_OUT) }));
  }, [nodes, points]);
  const pendingPath = useMemo(() => (pending ? ticksPath(pending.points.map((p) => p.hash), TICK_IN - 4, TICK_OUT + 4) : ''), [pending]);
  const pendingColor = pending ? nodeColor(nodes.find((n) => n.id === pending.node)?.color) : undefined;
  return (
    <g className="hr-points">
      {paths.map((p) =>
        pending?.change === 'leave' && pending.node === p.id ? null : (
          <path key={p.id} d={p.d} stroke={nodeColor(p.color)} className="hr-ticks anim" data-node={p.id} />
        ),
      )}
      {pending && (
        <path
          key={`${pending.change}-${pending.node}`}
          d={pendingPath}
          stroke={pending.change === 'join' ? 'var(--highlight)' : pendingColor}
          className={`hr-ticks ${pending.change === 'join' ? 'hr-appear' : 'hr-leave'}`}
          data-pending={pending.change}
        />
      )}
    </g>
  );
});
