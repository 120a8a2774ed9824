import { ConnectionMode, Handle, MarkerType, Position, ReactFlow, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useMemo, useRef } from 'react';
import { TransitionEdge, type TransitionEdgeType } from './TransitionEdge';
import type { BreakerStateName, Transition } from './types';

/**
 * Resilience4j's state machine as a graph: the three normal states in a
 * triangle, the three special states (reached only by manual transition)
 * below. The current state is lit; the latest transition is highlighted and,
 * in the frame where it is taken, animated with its reason.
 */

type Side = 't' | 'r' | 'b' | 'l';
const SIDE_POSITION: Record<Side, Position> = { t: Position.Top, r: Position.Right, b: Position.Bottom, l: Position.Left };

const LAYOUT: Record<BreakerStateName, { x: number; y: number; hint: string }> = {
  CLOSED: { x: 190, y: 0, hint: 'calls pass, outcomes recorded' },
  OPEN: { x: 0, y: 150, hint: 'calls rejected' },
  HALF_OPEN: { x: 380, y: 150, hint: 'a few probes pass' },
  DISABLED: { x: 0, y: 320, hint: 'manual: all pass, none recorded' },
  FORCED_OPEN: { x: 190, y: 320, hint: 'manual: all rejected' },
  METRICS_ONLY: { x: 380, y: 320, hint: 'manual: recorded, never opens' },
};

/** The transitions the breaker takes by itself, with where their edges attach. */
const AUTO_EDGES: { from: BreakerStateName; to: BreakerStateName; s: Side; t: Side; label: string; step?: boolean }[] = [
  { from: 'CLOSED', to: 'OPEN', s: 'l', t: 't', label: 'rate ≥ threshold' },
  { from: 'OPEN', to: 'HALF_OPEN', s: 'b', t: 'b', label: 'wait elapsed', step: true },
  { from: 'HALF_OPEN', to: 'OPEN', s: 'l', t: 'r', label: 'probes fail' },
  { from: 'HALF_OPEN', to: 'CLOSED', s: 't', t: 'r', label: 'probes pass' },
];

interface StateNodeData extends Record<string, unknown> {
  name: BreakerStateName;
  hint: string;
  lit: boolean;
}

const StateNode = memo(function StateNode({ data }: NodeProps<Node<StateNodeData>>) {
  return (
    <div className={`cb-node cb-node-${data.name.toLowerCase()}${data.lit ? ' lit' : ''}`} data-state={data.name} data-lit={data.lit}>
      {(['t', 'r', 'b', 'l'] as Side[]).map((s) => (
        <Handle key={s} id={s} type="source" position={SIDE_POSITION[s]} isConnectable={false} className="cb-handle" />
      ))}
      <strong>{data.name}</strong>
      <span>{data.hint}</span>
    </div>
  );
});

const nodeTypes = { state: StateNode };
const FIT_VIEW_OPTIONS = { padding: 0.08 };

const STATE_NAMES = Object.keys(LAYOUT) as BreakerStateName[];

/** Every node the graph can show: per state, unlit [0] and lit [1]. */
const NODES = Object.fromEntries(
  STATE_NAMES.map((name) => [
    name,
    ([false, true] as const).map(
      (lit): Node<StateNodeData> => ({
        id: name,
        type: 'state',
        position: { x: LAYOUT[name].x, y: LAYOUT[name].y },
        data: { name, hint: LAYOUT[name].hint, lit },
        draggable: false,
        selectable: false,
      }),
    ),
  ]),
) as Record<BreakerStateName, Node<StateNodeData>[]>;
const edgeTypes = { transition: TransitionEdge };

function sidesFor(from: BreakerStateName, to: BreakerStateName): { s: Side; t: Side } {
  const a = LAYOUT[from];
  const b = LAYOUT[to];
  if (Math.abs(a.y - b.y) < 10) return a.x < b.x ? { s: 'r', t: 'l' } : { s: 'l', t: 'r' };
  return a.y < b.y ? { s: 'b', t: 't' } : { s: 't', t: 'b' };
}

export interface StateGraphProps {
  state: BreakerStateName;
  /** Transitions taken in this frame (animated). */
  justTaken: readonly Transition[];
  /** The latest transition ever taken (highlighted with its reason). */
  last: Transition | null;
}

export function StateGraph({ state, justTaken, last }: StateGraphProps) {
  // Node objects are made once per (state, lit): a state change swaps only the two nodes whose light changes.
  const nodes = useMemo<Node<StateNodeData>[]>(() => STATE_NAMES.map((name) => NODES[name][name === state ? 1 : 0]), [state]);

  // Each frame arrives as a fresh copy from the worker: key the edges on what they show, not on array identity,
  // and keep the object of every edge whose content did not change.
  const taken = justTaken.map((t) => `${t.from}>${t.to}`).join('|');
  const lastFrom = last?.from;
  const lastTo = last?.to;
  const lastCause = last?.cause;
  const lastReason = last?.reason;
  const prevEdges = useRef<Map<string, TransitionEdgeType>>(new Map());
  const edges = useMemo<TransitionEdgeType[]>(() => {
    const animated = new Set(taken ? taken.split('|') : []);
    const lastKey = lastFrom ? `${lastFrom}>${lastTo}` : '';
    const out: TransitionEdgeType[] = AUTO_EDGES.map((e) => {
      const key = `${e.from}>${e.to}`;
      const isLast = key === lastKey && lastCause !== 'manual';
      return edge(key, e.from, e.to, e.s, e.t, isLast ? (lastReason ?? e.label) : e.label, isLast, animated.has(key), e.step);
    });
    if (lastFrom && lastTo && lastReason !== undefined && (lastCause === 'manual' || !AUTO_EDGES.some((e) => e.from === lastFrom && e.to === lastTo)) && lastFrom !== lastTo) {
      const { s, t } = sidesFor(lastFrom, lastTo);
      out.push(edge(`manual:${lastFrom}>${lastTo}`, lastFrom, lastTo, s, t, lastReason, true, animated.has(`${lastFrom}>${lastTo}`)));
    }
    const prev = prevEdges.current;
    const stable = out.map((e) => {
      const p = prev.get(e.id);
      return p && sameEdge(p, e) ? p : e;
    });
    prevEdges.current = new Map(stable.map((e) => [e.id, e]));
    return stable;
  }, [taken, lastFrom, lastTo, lastCause, lastReason]);

  return (
    <div className="cb-flow" role="group" aria-label={`State machine: the breaker is ${state}${last ? `; last transition ${last.from} to ${last.to} (${last.reason})` : ''}`}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        connectionMode={ConnectionMode.Loose}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        panOnDrag={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        minZoom={0.2}
      />
    </div>
  );
}

function edge(id: string, from: string, to: string, s: Side, t: Side, label: string, current: boolean, justTaken: boolean, step = false): TransitionEdgeType {
  return {
    id,
    source: from,
    target: to,
    sourceHandle: s,
    targetHandle: t,
    type: 'transition',
    data: { label, current, justTaken, step },
    animated: justTaken,
    className: `cb-edge${current ? ' current' : ''}${justTaken ? ' just-taken' : ''}`,
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: current ? 'var(--highlight)' : 'var(--muted)' },
    selectable: false,
    focusable: false,
  };
}

function sameEdge(a: TransitionEdgeType, b: TransitionEdgeType): boolean {
  const x = a.data;
  const y = b.data;
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.sourceHandle === b.sourceHandle &&
    a.targetHandle === b.targetHandle &&
    a.className === b.className &&
    !!x &&
    !!y &&
    x.label === y.label &&
    x.current === y.current &&
    x.justTaken === y.justTaken &&
    x.step === y.step
  );
}
