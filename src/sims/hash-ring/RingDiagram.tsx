import { useMemo } from 'react';
import { LookupCenter, LookupOverlay } from './LookupOverlay';
import { colorsByNode } from './nodeColor';
import { RingKeys } from './RingKeys';
import { RingPoints } from './RingPoints';
import { RING_R } from './ringGeometry';
import type { HashRingHighlight, HashRingState, RingPoint } from './types';

const EMPTY = new Set<string>();
const VIEW_BOX = '-182 -182 364 364';

/**
 * The ring: track, points as ticks per node, keys (dots or density) and the lookup walk.
 *
 * Two stacked SVGs of the same view box: the dense layer (ticks, key dots or
 * density, moved-key arcs) sits on its own compositor layer and only changes
 * when the ring's state does; the light layer on top (lookup walk, centre
 * text) is what changes from frame to frame, so stepping through a lookup
 * repaints a handful of elements instead of every tick and key.
 */
export function RingDiagram({ state, prevPoints, highlight }: { state: HashRingState; prevPoints: readonly RingPoint[] | null; highlight?: HashRingHighlight }) {
  const colors = useMemo(() => colorsByNode(state.nodes), [state.nodes]);
  const moved = highlight?.kind === 'moved' ? highlight.moved : null;
  const flash = useMemo(() => {
    if (highlight?.kind === 'keys') return new Set(highlight.keys);
    if (highlight?.kind === 'key' && highlight.change !== 'absent') return new Set([highlight.key]);
    return EMPTY;
  }, [highlight]);
  const lookup = highlight?.kind === 'lookup' ? highlight : null;
  const label = `Hash ring: ${state.nodes.length} nodes, ${state.points.length} points and ${state.keys.length} keys`;
  return (
    <div className="hr-ring-stack">
      <svg viewBox={VIEW_BOX} aria-hidden="true" className="hr-ring hr-ring-base">
        <circle r={RING_R} className="hr-track" />
        <line x1={0} y1={-RING_R - 14} x2={0} y2={-RING_R + 14} className="hr-zero" />
        <text x={4} y={-RING_R - 18} className="hr-label hr-muted">
          0 = 2³²
        </text>
        <RingPoints nodes={state.nodes} points={state.points} pending={state.pending} />
        <RingKeys keys={state.keys} points={state.points} prevPoints={prevPoints} colors={colors} moved={moved} flash={flash} />
      </svg>
      <svg viewBox={VIEW_BOX} role="img" aria-label={label} className="hr-ring hr-ring-top" data-testid="hash-ring-svg">
        {lookup && <LookupOverlay lookup={lookup} ownerColor={lookup.point ? (colors.get(lookup.point.node) ?? 'var(--muted)') : 'var(--muted)'} />}
        {lookup ? (
          <LookupCenter lookup={lookup} />
        ) : (
          <>
            <text y={-8} textAnchor="middle" className="hr-center-big">
              {`${state.keys.length.toLocaleString('en-US')} ${state.keys.length === 1 ? 'key' : 'keys'}`}
            </text>
            <text y={14} textAnchor="middle" className="hr-center-small">
              {`${state.nodes.length} ${state.nodes.length === 1 ? 'node' : 'nodes'} · ${state.points.length.toLocaleString('en-US')} points`}
            </text>
          </>
        )}
      </svg>
    </div>
  );
}
