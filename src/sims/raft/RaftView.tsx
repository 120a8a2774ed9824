import { useCallback, useState } from 'react';
import type { ViewProps } from '../../app/simUi';
import { ClusterGraph } from './ClusterGraph';
import { LogGrid } from './LogGrid';
import { RaftStats } from './RaftStats';
import { ServerToolbar } from './ServerToolbar';
import { TermTimeline } from './TermTimeline';
import type { RaftHighlight, RaftParams, RaftState } from './types';
import './raft.css';

export function RaftView({ frame, frames, index, params, act }: ViewProps<RaftState, RaftHighlight, RaftParams>) {
  const [selected, setSelected] = useState<string | null>(null);
  const onSelect = useCallback((id: string) => setSelected((s) => (s === id ? null : id)), []);
  const state = frame.state;
  const node = selected ? state.nodes.find((n) => n.id === selected) : undefined;
  return (
    <div className="raft-view">
      <RaftStats state={state} />
      <ClusterGraph state={state} highlight={frame.highlight} selected={selected} onSelect={onSelect} />
      <p className="raft-legend muted small" aria-hidden="true">
        <span className="raft-key rv" /> RequestVote <span className="raft-key ae" /> AppendEntries (big: with entries) <span className="raft-key reply" /> reply (red: refused)
        · arc: election timer left · click a server to act on it
      </p>
      {node && <ServerToolbar node={node} at={state.time} act={act} onClose={() => setSelected(null)} />}
      <LogGrid state={state} />
      <TermTimeline frames={frames} index={index} duration={params.duration} />
    </div>
  );
}
