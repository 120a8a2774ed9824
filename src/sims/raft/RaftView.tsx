import type { ViewProps } from '../../app/simUi';
import { useMountStage } from '../../ui/useMountStage';
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
  // Mounted in three tasks: the stats, then the cluster graph, then the logs and
  // the term timeline (over every frame).
  const stage = useMountStage(2);
  const node = selected ? state.nodes.find((n) => n.id === selected) : undefined;
  return (
    <div className="raft-view">
      <RaftStats state={state} />
      {stage >= 1 ? <ClusterGraph state={state} highlight={frame.highlight} selected={selected} onSelect={onSelect} /> : <div className="raft-flow raft-flow-pending" aria-hidden="true" />}
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
      {stage >= 2 && <LogGrid nodes={state.nodes} />}
      {stage >= 2 && <TermTimeline frames={frames} index={index} state={state} duration={params.duration} />}
    </div>
  );
}
