import type { Op } from '../../engine/types';
import { crashOrRestart, timeoutOp } from './serverOps';
import type { RaftNode } from './types';

/** Actions on the server clicked in the graph; each becomes an op at the current frame's time. */
export function ServerToolbar({ node, at, act, onClose }: { node: RaftNode; at: number; act: (op: Op) => void; onClose: () => void }) {
  const status = node.alive ? `${node.role}, term ${node.term}` : `down, term ${node.term}`;
  return (
    <div className="raft-toolbar row" role="toolbar" aria-label={`Actions for ${node.id}`}>
      <strong>
        {node.id} <span className="muted">({status})</span>
      </strong>
      <button type="button" onClick={() => act(crashOrRestart(node, at))}>
        {node.alive ? `Crash ${node.id}` : `Restart ${node.id}`}
      </button>
      <button type="button" disabled={!node.alive || node.role === 'leader'} onClick={() => act(timeoutOp(node, at))}>
        Time out {node.id}
      </button>
      <button type="button" disabled={!node.alive} onClick={() => act({ op: 'request', command: `${node.id.toLowerCase()}=${at}`, node: node.id, at })}>
        Send a request to {node.id}
      </button>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
