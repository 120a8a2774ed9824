import { memo, type CSSProperties } from 'react';
import { termColor } from './colors';
import type { RaftNode } from './types';

/** At most this many indices are drawn (the latest ones); the table scrolls sideways. */
const MAX_COLUMNS = 60;

/**
 * Whether two frames' servers draw the same grid: same servers, liveness, commit indices, log lengths and
 * entries in the drawn window. Frames reach the page as copies, so entries are compared by value.
 */
function sameGrid(a: readonly RaftNode[], b: readonly RaftNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  let longest = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.id !== y.id || x.alive !== y.alive || x.commitIndex !== y.commitIndex || x.log.length !== y.log.length) return false;
    longest = Math.max(longest, x.log.length);
  }
  const from = Math.max(0, longest - MAX_COLUMNS);
  for (let k = 0; k < a.length; k++) {
    const x = a[k].log;
    const y = b[k].log;
    if (x === y) continue;
    for (let i = from; i < x.length; i++) if (x[i].term !== y[i].term || x[i].command !== y[i].command) return false;
  }
  return true;
}

/** The logs as a grid, server × index: colour by term, committed solid, uncommitted dashed, commit index marked. */
export const LogGrid = memo(
  function LogGrid({ nodes }: { nodes: readonly RaftNode[] }) {
    const longest = Math.max(0, ...nodes.map((n) => n.log.length));
    const first = Math.max(1, longest - MAX_COLUMNS + 1);
    const indices = Array.from({ length: Math.max(0, longest - first + 1) }, (_, k) => first + k);
    return (
      <section className="raft-logs" aria-labelledby="raft-logs-title">
        <h2 className="panel-title" id="raft-logs-title">
          Logs
        </h2>
        {longest === 0 ? (
          <p className="muted small">No entries yet: send a client request to the leader.</p>
        ) : (
          <div className="raft-logs-scroll" tabIndex={0} role="region" aria-label="Log entries by server and index">
            <table>
              <caption className="sr-only">
                Each row is a server's log; each cell an entry with its term. Solid cells are committed on that server, dashed ones are not
                yet; the thick bar marks its commit index.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Server</th>
                  {indices.map((i) => (
                    <th scope="col" key={i}>
                      {i}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {nodes.map((n) => (
                  <tr key={n.id} className={n.alive ? '' : 'down'} data-testid={`log-${n.id}`} data-commit-index={n.commitIndex}>
                    <th scope="row">
                      {n.id}
                      <span className="raft-commit-note">commit {n.commitIndex}</span>
                    </th>
                    {indices.map((i) => {
                      const e = n.log[i - 1];
                      if (!e) return <td key={i} className="raft-cell empty" />;
                      const committed = i <= n.commitIndex;
                      return (
                        <td
                          key={i}
                          className={`raft-cell ${committed ? 'committed' : 'pending'}${i === n.commitIndex ? ' commit-mark' : ''}`}
                          style={{ '--term': termColor(e.term) } as CSSProperties}
                          title={`index ${i}, term ${e.term}: ${e.command}${committed ? ' (committed)' : ''}`}
                          data-term={e.term}
                        >
                          {e.term}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {first > 1 && (
          <p className="muted small">
            Showing indices {first}–{longest}.
          </p>
        )}
      </section>
    );
  },
  (a, b) => sameGrid(a.nodes, b.nodes),
);
