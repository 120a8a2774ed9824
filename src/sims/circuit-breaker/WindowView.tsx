import type { BreakerStateName, RecordedCall, SecondBucket, WindowSnapshot } from './types';

/**
 * The sliding window as it is: a ring of the last N outcomes (count-based,
 * and the HALF_OPEN probe window), or N one-second buckets (time-based).
 * Calls are keyed by id and buckets by epoch second, so a new call drops
 * into its slot and time moves buckets along.
 */
export function WindowView({ window: w, state }: { window: WindowSnapshot; state: BreakerStateName }) {
  if (w.kind === 'count' && w.size === 0) {
    return (
      <figure className="cb-window">
        <figcaption className="panel-title">Sliding window</figcaption>
        <p className="muted">{state} keeps no window: {state === 'DISABLED' ? 'outcomes are not recorded' : 'no call gets through'}.</p>
      </figure>
    );
  }
  const title =
    w.kind === 'count'
      ? state === 'HALF_OPEN'
        ? `Probe window: ${w.size} call${w.size === 1 ? '' : 's'}`
        : `Last ${w.size} call${w.size === 1 ? '' : 's'} (COUNT_BASED)`
      : `Last ${w.size} second${w.size === 1 ? '' : 's'} (TIME_BASED)`;
  return (
    <figure className="cb-window">
      <figcaption className="panel-title">{title}</figcaption>
      {w.kind === 'count' ? <Ring size={w.size} recorded={w.recorded} calls={w.calls} /> : <Buckets size={w.size} nowSecond={w.nowSecond} buckets={w.buckets} />}
      <p className="cb-legend">
        <span className="cb-key ok" /> success <span className="cb-key fail" /> failure <span className="cb-key slow" /> slow (ring outline / bar cap)
      </p>
    </figure>
  );
}

function Ring({ size, recorded, calls }: { size: number; recorded: number; calls: readonly RecordedCall[] }) {
  const W = 220;
  const c = W / 2;
  const r = size <= 12 ? 78 : 86;
  const dot = Math.max(3, Math.min(13, (Math.PI * r) / size - 1.5));
  const slotPos = (slot: number) => {
    const a = (slot / size) * 2 * Math.PI - Math.PI / 2;
    return { x: c + r * Math.cos(a), y: c + r * Math.sin(a) };
  };
  const head = (recorded - 1 + size) % size;
  const failed = calls.filter((x) => x.failed).length;
  const slow = calls.filter((x) => x.slow).length;
  return (
    <svg viewBox={`0 0 ${W} ${W}`} className="cb-ring" role="img" aria-label={`Ring of ${size} slots holding ${calls.length} calls: ${failed} failed, ${slow} slow`}>
      <circle cx={c} cy={c} r={r} className="cb-ring-track" />
      {size <= 60 &&
        Array.from({ length: size }, (_, i) => {
          const p = slotPos(i);
          return <circle key={`slot-${i}`} cx={p.x} cy={p.y} r={dot} className="cb-slot" />;
        })}
      {calls.map((call, i) => {
        const slot = (((recorded - calls.length + i) % size) + size) % size;
        const p = slotPos(slot);
        return (
          <g key={call.id} transform={`translate(${p.x} ${p.y})`}>
            <circle r={dot} className={`cb-call drop-in ${call.failed ? 'fail' : 'ok'}${call.slow ? ' slow' : ''}`}>
              <title>{`call ${call.id}: ${call.failed ? 'failure' : 'success'}, ${call.durationMs} ms${call.slow ? ' (slow)' : ''}`}</title>
            </circle>
          </g>
        );
      })}
      {recorded > 0 && (
        <g transform={`translate(${slotPos(head).x} ${slotPos(head).y})`}>
          <circle r={dot + 3} className="cb-head" />
        </g>
      )}
      <text x={c} y={c - 6} textAnchor="middle" className="cb-ring-count">
        {calls.length}/{size}
      </text>
      <text x={c} y={c + 14} textAnchor="middle" className="cb-ring-sub">
        {failed} failed · {slow} slow
      </text>
    </svg>
  );
}

function Buckets({ size, nowSecond, buckets }: { size: number; nowSecond: number; buckets: readonly SecondBucket[] }) {
  const W = 320;
  const H = 150;
  const pad = 18;
  const colW = (W - 8) / size;
  const max = Math.max(1, ...buckets.map((b) => b.calls));
  const scale = (H - pad - 14) / max;
  const oldest = nowSecond - size + 1;
  const total = buckets.reduce((s, b) => s + b.calls, 0);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="cb-buckets" role="img" aria-label={`${size} one-second buckets ending at second ${nowSecond}, holding ${total} calls`}>
      <line x1={4} x2={W - 4} y1={H - pad} y2={H - pad} className="cb-axis" />
      {buckets.map((b) => {
        const x = 4 + (b.second - oldest) * colW;
        const ok = b.calls - b.failed;
        const hOk = ok * scale;
        const hFail = b.failed * scale;
        return (
          <g key={b.second} className="anim" transform={`translate(${x} 0)`}>
            <rect x={1} width={Math.max(1, colW - 2)} y={H - pad - hOk} height={hOk} className="cb-bar ok" />
            <rect x={1} width={Math.max(1, colW - 2)} y={H - pad - hOk - hFail} height={hFail} className="cb-bar fail" />
            {b.slow > 0 && <rect x={1} width={Math.max(1, colW - 2)} y={H - pad - (hOk + hFail) - 3} height={3} className="cb-bar slow" />}
            <title>{`second ${b.second}: ${b.calls} calls, ${b.failed} failed, ${b.slow} slow`}</title>
          </g>
        );
      })}
      <text x={4} y={H - 3} className="cb-tick">
        {oldest}s
      </text>
      <text x={W - 4} y={H - 3} textAnchor="end" className="cb-tick">
        {nowSecond}s (now)
      </text>
    </svg>
  );
}
