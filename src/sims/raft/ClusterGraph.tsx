import { ConnectionMode, ReactFlow, type Edge, type Node, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useEffect, useMemo, useRef } from 'react';
import { clusterLayout, NODE_SIZE, orientationFor, progressAt, timerLeft } from './layout';
import { GroupNode, ServerNode, type GroupNodeData, type ServerNodeData } from './ServerNode';
import { LinkEdge, type FlightMessage, type LinkData } from './LinkEdge';
import { connected } from './network';
import { useElementWidth } from './useElementWidth';
import type { Message, RaftHighlight, RaftState } from './types';

const nodeTypes = { server: ServerNode, island: GroupNode };
const edgeTypes = { link: LinkEdge };

function describe(m: Message): string {
  switch (m.type) {
    case 'RequestVote':
      return `${m.preVote ? 'Pre-vote request' : 'RequestVote'} ${m.from}→${m.to}, term ${m.term}`;
    case 'RequestVoteReply':
      return `${m.preVoteTerm !== undefined ? 'Pre-vote' : 'Vote'} ${m.voteGranted ? 'granted' : 'refused'} ${m.from}→${m.to}, term ${m.term}`;
    case 'AppendEntries':
      return `AppendEntries ${m.from}→${m.to}, term ${m.term}, ${m.entries.length ? `${m.entries.length} entr${m.entries.length === 1 ? 'y' : 'ies'}` : 'heartbeat'}`;
    case 'AppendEntriesReply':
      return `AppendEntries ${m.success ? 'ok' : 'rejected'} ${m.from}→${m.to}, term ${m.term}`;
  }
}

function flight(m: Message, t: number, arrived: boolean): FlightMessage {
  return {
    id: m.id,
    type: m.type,
    forward: m.from < m.to,
    p: arrived ? 1 : progressAt(m, t),
    loaded: m.type === 'AppendEntries' && m.entries.length > 0,
    refused: (m.type === 'RequestVoteReply' && !m.voteGranted) || (m.type === 'AppendEntriesReply' && !m.success),
    arrived,
    label: describe(m),
  };
}

export interface ClusterGraphProps {
  state: RaftState;
  highlight: RaftHighlight | undefined;
  selected: string | null;
  onSelect: (id: string) => void;
}

/** The cluster: servers, the links between them, messages in flight, partition groups. */
export function ClusterGraph({ state, highlight, selected, onSelect }: ClusterGraphProps) {
  const box = useRef<HTMLDivElement>(null);
  const orientation = orientationFor(useElementWidth(box, 640));
  const ids = useMemo(() => state.nodes.map((n) => n.id), [state.nodes]);
  const layout = useMemo(() => clusterLayout(ids, state.partition, orientation), [ids, state.partition, orientation]);
  const topTerm = Math.max(0, ...state.nodes.filter((n) => n.alive && n.role === 'leader').map((n) => n.term));

  const nodes = useMemo<Node[]>(() => {
    const groups: Node<GroupNodeData>[] = layout.groups.length
      ? layout.groups.map((g, i) => ({
          id: g.id,
          type: 'island',
          position: { x: g.x, y: g.y },
          data: { label: `Group ${i + 1}: ${g.members.join(', ')}`, width: g.width, height: g.height, visible: true },
          draggable: false,
          selectable: false,
          focusable: false,
        }))
      : [
          {
            id: 'frame',
            type: 'island',
            position: { x: 0, y: 0 },
            data: { label: '', width: layout.box.width, height: layout.box.height, visible: false },
            draggable: false,
            selectable: false,
            focusable: false,
          },
        ];
    const servers: Node<ServerNodeData>[] = state.nodes.map((n) => ({
      id: n.id,
      type: 'server',
      position: { x: layout.centers[n.id].x - NODE_SIZE / 2, y: layout.centers[n.id].y - NODE_SIZE / 2 },
      data: {
        id: n.id,
        role: n.role,
        term: n.term,
        votedFor: n.votedFor,
        alive: n.alive,
        timer: n.role === 'leader' ? null : timerLeft(n.electionAlarm, state.time),
        stale: n.alive && n.role === 'leader' && n.term < topTerm,
        selected: selected === n.id,
        active: highlight?.nodes.includes(n.id) ?? false,
        onSelect,
      },
      draggable: false,
      selectable: false,
      focusable: false,
    }));
    return [...groups, ...servers];
  }, [layout, state.nodes, state.time, topTerm, selected, onSelect, highlight]);

  const edges = useMemo<Edge<LinkData>[]>(() => {
    const byPair = new Map<string, FlightMessage[]>();
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const add = (m: Message, arrived: boolean) => {
      const k = key(m.from, m.to);
      if (!byPair.has(k)) byPair.set(k, []);
      byPair.get(k)!.push(flight(m, state.time, arrived));
    };
    for (const m of state.messages) add(m, false);
    if (highlight?.delivered) add(highlight.delivered, true);
    const out: Edge<LinkData>[] = [];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const k = key(ids[i], ids[j]);
        out.push({
          id: k,
          source: ids[i],
          target: ids[j],
          sourceHandle: 'c',
          targetHandle: 'c',
          type: 'link',
          data: { cut: !connected(state.partition, ids[i], ids[j]), messages: byPair.get(k) ?? [] },
          selectable: false,
          focusable: false,
        });
      }
    }
    return out;
  }, [ids, state.messages, state.partition, state.time, highlight]);

  const flow = useRef<ReactFlowInstance<Node, Edge<LinkData>> | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => void flow.current?.fitView({ padding: 0.04 }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // A new shape of drawing (partition, orientation) is fitted again once React Flow has measured it.
  const { width: bw, height: bh } = layout.box;
  useEffect(() => {
    const t = setTimeout(() => void flow.current?.fitView({ padding: 0.04 }), 30);
    return () => clearTimeout(t);
  }, [bw, bh, orientation]);

  const leaders = state.nodes.filter((n) => n.alive && n.role === 'leader').map((n) => `${n.id} leads term ${n.term}`);
  const summary =
    `Raft cluster, ${ids.length} nodes (${ids[0]}–${ids[ids.length - 1]}) at ${state.time} ms: ${leaders.length ? leaders.join(', ') : 'no leader'}; ` +
    `${state.messages.length} message${state.messages.length === 1 ? '' : 's'} in flight` +
    (state.partition ? `; network split into ${state.partition.map((g) => `{${g.join(', ')}}`).join(' and ')}` : '');

  return (
    <div
      className="raft-flow"
      ref={box}
      role="group"
      aria-label={summary}
      data-partitioned={state.partition !== null}
      data-orientation={orientation}
      style={{ aspectRatio: `${bw} / ${bh}` }}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        connectionMode={ConnectionMode.Loose}
        onInit={(inst) => {
          flow.current = inst;
        }}
        fitView
        fitViewOptions={{ padding: 0.04 }}
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
