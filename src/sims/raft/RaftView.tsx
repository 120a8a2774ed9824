import type { ViewProps } from '../../app/simUi';
import { useMountedLater } from '../../ui/useMountedLater';
import { ClusterGraph } from './ClusterGraph';
import { LogGrid } from './LogGrid';
import { RaftStats } from './RaftStats';
import { ServerToolbar } from './ServerToolbar';
import { TermTimeline } from './TermTimeline';
import type { RaftHighlight, RaftParams, RaftState } from './types';
import { useSelectedServer } from './useSelectedServer';
import './raft.css';

export function RaftView({ frame, frames, index, params, act }: ViewProps<RaftState, RaftHighlight, RaftParams>) {
  const selected = useSelectedServer((s) => s.selected);
  const onSelect = useSelectedServer((s) => s.toggle);
  const clear = useSelectedServer((s) => s.clear);
  const state = frame.state;
  // The logs and the term timeline (over every frame) mount one task after the cluster.
  const later = useMountedLater();
  const node = selected ? state.nodes.find((n) => n.id === selected) : undefined;
  return (
    <div className="raft-view">
      <RaftStats state={state} />
      <ClusterGraph state={state} highlight={frame.highlight} selected={selected} onSelect={onSelect} />
      <p className="raft-legend muted small" aria-hidden="true">
        <span>
          <span className="raft-key rv" /> RequestVote
        </span>
        <span>
          <span className="raft-key ae" /> AppendEntries (big: with entries)
        </span>
        <span>
          <span className="raft-key reply" /> reply (red: refused)
        </span>
        <span>arc: election timer left</span>
        <span>click a server to act on it</span>
      </p>
      {node && <ServerToolbar node={node} at={state.time} act={act} onClose={clear} />}
      {later && <LogGrid nodes={state.nodes} />}
      {later && <TermTimeline frames={frames} index={index} duration={params.duration} />}
    </div>
  );
}
