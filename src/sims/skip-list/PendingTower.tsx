/** The new node's tower while coin flips decide its level (it is not linked yet). */
export function PendingTower({ nodeKey, level, heads }: { nodeKey: number; level: number; heads?: boolean }) {
  const shown = Math.min(level, 16);
  return (
    <div className="sl-pending" role="status">
      <div className="sl-pending-tower" aria-hidden="true">
        {Array.from({ length: shown }, (_, i) => (
          <span key={i} className={`sl-pending-cell${i === shown - 1 && heads ? ' sl-pending-new' : ''}`} />
        ))}
      </div>
      <span>
        New node <strong className="mono">{nodeKey}</strong>: level {level}
        {heads === true ? ' (heads: it grew)' : heads === false ? ' (tails: done)' : ''}
      </span>
    </div>
  );
}
