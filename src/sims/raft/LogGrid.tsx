import type { CSSProperties } from 'react';
import { termColor } from './colors';
import type { RaftState } from './types';

/** At most this many indices are drawn (the latest ones); the table scrolls sideways. */
const MAX_COLUMNS = 60;

/** The logs as a grid, server × index: colour by term, committed solid, uncommitted dashed, commit index marked. */
export function LogGrid({ state }: { state: RaftState }) {
  const longest = Math.max(0, ...state.nodes.map((n) => n.log.length));
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
              Each row is a server's log; each cell an entry with its term. Solid cells are committed on that server, dashed ones are not yet;
              the thick bar marks its commit index.
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
              {state.nodes.map((n) => (
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
      {first > 1 && <p className="muted small">Showing indices {first}–{longest}.</p>}
    </section>
  );
}
