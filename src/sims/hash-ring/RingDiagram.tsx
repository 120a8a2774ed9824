import { useMemo } from 'react';
import { KeyMarks } from './KeyMarks';
import { LookupCenter, LookupOverlay } from './LookupOverlay';
import { intText } from './intText';
import { colorsByNode } from './nodeColor';
import { PendingTicks } from './PendingTicks';
import { RingCanvas } from './RingCanvas';
import { DOT_LIMIT, RingKeys } from './RingKeys';
import { RING_R, VIEW_HALF } from './ringGeometry';
import type { HashRingHighlight, HashRingState, RingKey, RingNode, RingPoint } from './types';

const EMPTY: ReadonlySet<string> = new Set<string>();
const NO_KEYS: readonly RingKey[] = [];
const VIEW_BOX = `${-VIEW_HALF} ${-VIEW_HALF} ${2 * VIEW_HALF} ${2 * VIEW_HALF}`;

interface Props {
  state: HashRingState;
  prevPoints: readonly RingPoint[] | null;
  prevNodes: readonly RingNode[] | null;
  highlight?: HashRingHighlight;
}

/**
 * The ring: track, points as ticks per node, keys (dots or density) and the lookup walk.
 *
 * Three stacked layers of the same square: an SVG under (track, the moved
 * keys' arcs or the density band), a canvas with the dense part (every point
 * and every key dot), and an SVG on top with the few elements a frame is
 * about (a joining or leaving node's points, moved keys, the key in focus,
 * the lookup walk and the centre text). Stepping through lookups repaints
 * only the top layer; a frame that moves points redraws one canvas instead
 * of restyling thousands of elements.
 */
export function RingDiagram({ state, prevPoints, prevNodes, highlight }: Props) {
  const colors = useMemo(() => colorsByNode(state.nodes), [state.nodes]);
  const prevColors = useMemo(() => colorsByNode(prevNodes ?? []), [prevNodes]);
  const dots = state.keys.length <= DOT_LIMIT;
  const moved = highlight?.kind === 'moved' ? highlight.moved : null;
  const focusKey = highlight?.kind === 'key' && highlight.change !== 'absent' ? highlight.key : null;
  const focus = useMemo(() => (focusKey === null ? null : (state.keys.find((k) => k.key === focusKey) ?? null)), [focusKey, state.keys]);
  // Keys drawn as SVG marks, left out of the canvas.
  const marked = useMemo(() => {
    if (!moved?.length && !focus) return EMPTY;
    const s = new Set(moved?.map((m) => m.key));
    if (focus) s.add(focus.key);
    return s;
  }, [moved, focus]);
  // Only dots fade in (a density band has none): no Set of 10,000 names for nothing.
  const fadeIn = useMemo(() => (dots && highlight?.kind === 'keys' ? new Set(highlight.keys) : EMPTY), [dots, highlight]);
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
        <RingKeys keys={state.keys} points={state.points} prevPoints={prevPoints} colors={colors} moved={moved} />
      </svg>
      <RingCanvas
        nodes={state.nodes}
        points={state.points}
        skipNode={state.pending?.change === 'leave' ? state.pending.node : null}
        keys={dots ? state.keys : NO_KEYS}
        skipKeys={marked}
        fadeIn={fadeIn}
      />
      <svg viewBox={VIEW_BOX} role="img" aria-label={label} className="hr-ring hr-ring-top" data-testid="hash-ring-svg">
        <PendingTicks nodes={state.nodes} pending={state.pending} />
        {dots && <KeyMarks moved={moved} focus={focus} colors={colors} prevColors={prevColors} />}
        {lookup && <LookupOverlay lookup={lookup} ownerColor={lookup.point ? (colors.get(lookup.point.node) ?? 'var(--muted)') : 'var(--muted)'} />}
        {lookup ? (
          <LookupCenter lookup={lookup} />
        ) : (
          <>
            <text y={-8} textAnchor="middle" className="hr-center-big">
              {`${intText(state.keys.length)} ${state.keys.length === 1 ? 'key' : 'keys'}`}
            </text>
            <text y={14} textAnchor="middle" className="hr-center-small">
              {`${state.nodes.length} ${state.nodes.length === 1 ? 'node' : 'nodes'} · ${intText(state.points.length)} points`}
            </text>
          </>
        )}
      </svg>
    </div>
  );
}
