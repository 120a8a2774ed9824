import type { ViewProps } from '../../app/simUi';
import { useMountStage } from '../../ui/useMountStage';
import './hashRing.css';
import { LoadChart } from './LoadChart';
import { RingDiagram } from './RingDiagram';
import { DOT_LIMIT } from './RingKeys';
import type { HashRingHighlight, HashRingParams, HashRingState } from './types';

const HASH_NAMES: Record<string, string> = { ketama: 'ketama (MD5)', murmur3: 'MurmurHash3', fnv1a: 'FNV-1a' };

/** The hash-ring view: the ring beside its per-node load chart. */
export function HashRingView({ frame, prev, params }: ViewProps<HashRingState, HashRingHighlight, HashRingParams>) {
  const { state, highlight } = frame;
  // Mounted in two tasks: the ring and the load figures first, then the rows of
  // bars (at 64 nodes a quarter of the first render and layout).
  const stage = useMountStage(1);
  return (
    <div className="hr-view" data-frame={frame.i}>
      <figure className="hr-ring-box">
        <RingDiagram state={state} prevPoints={prev?.state.points ?? null} prevNodes={prev?.state.nodes ?? null} highlight={highlight} />
        <figcaption className="muted small">
          {HASH_NAMES[params.hash] ?? params.hash}, {params.vnodes} virtual {params.vnodes === 1 ? 'node' : 'nodes'} per node. Ticks are points,
          {state.keys.length > DOT_LIMIT ? ' the inner band is key density' : ' dots are keys'}, coloured by owner; 0 is at the top, hashes grow
          clockwise.
        </figcaption>
      </figure>
      <LoadChart nodes={state.nodes} rows={stage >= 1} />
    </div>
  );
}
