import { ConnectionMode, ReactFlow, type Edge, type Node, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useEffect, useMemo, useRef } from 'react';
import { clusterLayout, NODE_SIZE, orientationFor, progressAt, timerLeft } from './layout';
import { GroupNode, ServerNode, type GroupNodeData, type ServerNodeData } from './ServerNode';
import { LinkEdge, type FlightMessage, type LinkData } from './LinkEdge';
import { FlightContext, ServerLiveContext, type ServerLive } from './liveContext';
import { connected } from './network';
import { useElementWidth } from '../../ui/useElementWidth';
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

const FIT_OPTIONS = { padding: 0.04 };

function sameServerData(a: ServerNodeData, b: ServerNodeData): boolean {
  return (
    a.id === b.id &&
    a.role === b.role &&
    a.term === b.term &&
    a.votedFor === b.votedFor &&
    a.alive === b.alive &&
    a.stale === b.stale &&
    a.selected === b.selected &&
    a.onSelect === b.onSelect
  );
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The cluster: servers, the links between them, messages in flight, partition groups.
 *
 * Drawing a frame must not make React Flow rebuild its nodes and edges: the
 * node and edge objects change only when what they show changes (a role, a
 * term, the partition, the selection). What moves on every frame (timer arcs,
 * the event's servers, messages in flight) goes through context to the custom
 * node and edge components.
 */
export function ClusterGraph({ state, highlight, selected, onSelect }: ClusterGraphProps) {
  const box = useRef<HTMLDivElement>(null);
  const orientation = orientationFor(useElementWidth(box, 640) ?? 640);
  // Frames arrive from the worker as copies: key the structure on its content, not on object identity.
  const idsKey = state.nodes.map((n) => n.id).join(',');
  const ids = useMemo(() => (idsKey ? idsKey.split(',') : []), [idsKey]);
  const partKey = state.partition ? JSON.stringify(state.partition) : '';
  const partition = useMemo(() => (partKey ? (JSON.parse(partKey) as string[][]) : null), [partKey]);
  const layout = useMemo(() => clusterLayout(ids, partition, orientation), [ids, partition, orientation]);
  const topTerm = Math.max(0, ...state.nodes.filter((n) => n.alive && n.role === 'leader').map((n) => n.term));

  const groups = useMemo<Node<GroupNodeData>[]>(
    () =>
      layout.groups.length
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
          ],
    [layout],
  );

  // Server node objects by id, reused while what they show is the same; and the last array handed to React Flow.
  const serverCache = useRef(new Map<string, Node<ServerNodeData>>());
  const lastNodes = useRef<Node[]>([]);
  const nodes = useMemo<Node[]>(() => {
    const cache = serverCache.current;
    const servers = state.nodes.map((n) => {
      const x = layout.centers[n.id].x - NODE_SIZE / 2;
      const y = layout.centers[n.id].y - NODE_SIZE / 2;
      const data: ServerNodeData = {
        id: n.id,
        role: n.role,
        term: n.term,
        votedFor: n.votedFor,
        alive: n.alive,
        stale: n.alive && n.role === 'leader' && n.term < topTerm,
        selected: selected === n.id,
        onSelect,
      };
      const old = cache.get(n.id);
      if (old && old.position.x === x && old.position.y === y && sameServerData(old.data, data)) return old;
      const node: Node<ServerNodeData> = { id: n.id, type: 'server', position: { x, y }, data, draggable: false, selectable: false, focusable: false };
      cache.set(n.id, node);
      return node;
    });
    const next: Node[] = [...groups, ...servers];
    const prev = lastNodes.current;
    if (prev.length === next.length && prev.every((p, i) => p === next[i])) return prev;
    lastNodes.current = next;
    return next;
  }, [groups, layout, state.nodes, topTerm, selected, onSelect]);

  const edges = useMemo<Edge<LinkData>[]>(() => {
    const out: Edge<LinkData>[] = [];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        out.push({
          id: pairKey(ids[i], ids[j]),
          source: ids[i],
          target: ids[j],
          sourceHandle: 'c',
          targetHandle: 'c',
          type: 'link',
          data: { cut: !connected(partition, ids[i], ids[j]) },
          selectable: false,
          focusable: false,
        });
      }
    }
    return out;
  }, [ids, partition]);

  // Per frame: messages by link, timers, the event's servers.
  const flights = useMemo(() => {
    const byPair = new Map<string, FlightMessage[]>();
    const add = (m: Message, arrived: boolean) => {
      const k = pairKey(m.from, m.to);
      let list = byPair.get(k);
      if (!list) byPair.set(k, (list = []));
      list.push(flight(m, state.time, arrived));
    };
    for (const m of state.messages) add(m, false);
    if (highlight?.delivered) add(highlight.delivered, true);
    return byPair;
  }, [state.messages, state.time, highlight]);
  const live = useMemo<ServerLive>(
    () => ({
      timers: new Map(state.nodes.map((n) => [n.id, n.role === 'leader' ? null : timerLeft(n.electionAlarm, state.time)])),
      active: new Set(highlight?.nodes ?? []),
    }),
    [state.nodes, state.time, highlight],
  );

  const flow = useRef<ReactFlowInstance<Node, Edge<LinkData>> | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => void flow.current?.fitView(FIT_OPTIONS));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // A new shape of drawing (partition, orientation) is fitted again once React Flow has measured it.
  const { width: bw, height: bh } = layout.box;
  useEffect(() => {
    const t = setTimeout(() => void flow.current?.fitView(FIT_OPTIONS), 30);
    return () => clearTimeout(t);
  }, [bw, bh, orientation]);

  // The React Flow element is rebuilt only when its nodes or edges are; a frame that changes neither only
  // re-renders the context consumers (ServerNode, LinkEdge).
  const graph = useMemo(
    () => (
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
        fitViewOptions={FIT_OPTIONS}
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
    ),
    [nodes, edges],
  );

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
      <ServerLiveContext.Provider value={live}>
        <FlightContext.Provider value={flights}>{graph}</FlightContext.Provider>
      </ServerLiveContext.Provider>
    </div>
  );
}
