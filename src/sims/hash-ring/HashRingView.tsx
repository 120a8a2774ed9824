import type { ViewProps } from '../../app/simUi';
import './hashRing.css';
import { LoadChart } from './LoadChart';
import { RingDiagram } from './RingDiagram';
import { DOT_LIMIT } from './RingKeys';
import type { HashRingHighlight, HashRingParams, HashRingState } from './types';
import { useStableState } from './useStableState';

const HASH_NAMES: Record<string, string> = { ketama: 'ketama (MD5)', murmur3: 'MurmurHash3', fnv1a: 'FNV-1a' };

/** The hash-ring view: the ring beside its per-node load chart. */
export function HashRingView({ frame, prev, params }: ViewProps<HashRingState, HashRingHighlight, HashRingParams>) {
  const { highlight } = frame;
  // Equal arrays keep their identity from frame to frame, so the memoised layers skip unchanged work.
  const { state, prevPoints } = useStableState(frame.state, prev?.state ?? null);
  return (
    <div className="hr-view" data-frame={frame.i}>
      <figure className="hr-ring-box">
        <RingDiagram state={state} prevPoints={prevPoints} highlight={highlight} />
        <figcaption className="muted small">
          {HASH_NAMES[params.hash] ?? params.hash}, {params.vnodes} virtual {params.vnodes === 1 ? 'node' : 'nodes'} per node. Ticks are points,
          {state.keys.length > DOT_LIMIT ? ' the inner band is key density' : ' dots are keys'}, coloured by owner; 0 is at the top, hashes grow
          clockwise.
        </figcaption>
      </figure>
      <LoadChart nodes={state.nodes} />
    </div>
  );
}
