import type { BreakerStateName, RecordedCall, SecondBucket, WindowSnapshot } from './types';

/**
 * The sliding window as it is: a ring of the last N outcomes (count-based,
 * and the HALF_OPEN probe window), or N one-second buckets (time-based).
 * Calls are keyed by id and buckets by epoch second, so a new call drops
 * into its slot and time moves buckets along.
 */
export function WindowView({ window: w, prev, state }: { window: WindowSnapshot; prev: WindowSnapshot | null; state: BreakerStateName }) {
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
      {w.kind === 'count' ? (
        <Ring size={w.size} recorded={w.recorded} calls={w.calls} left={leftCalls(prev, w)} />
      ) : (
        <Buckets size={w.size} nowSecond={w.nowSecond} buckets={w.buckets} left={leftBuckets(prev, w)} />
      )}
      <p className="cb-legend">
        <span className="cb-key ok" /> success <span className="cb-key fail" /> failure <span className="cb-key slow" /> slow (ring outline / bar cap)
      </p>
    </figure>
  );
}

type CountWindow = Extract<WindowSnapshot, { kind: 'count' }>;
type TimeWindow = Extract<WindowSnapshot, { kind: 'time' }>;

/** Calls of the previous frame's ring that this frame evicted (same window, more records), with their slots. */
function leftCalls(prev: WindowSnapshot | null, w: CountWindow): { call: RecordedCall; slot: number }[] {
  if (!prev || prev.kind !== 'count' || prev.size !== w.size || prev.recorded > w.recorded || prev === w) return [];
  const kept = new Set(w.calls.map((c) => c.id));
  return prev.calls.flatMap((call, i) => (kept.has(call.id) ? [] : [{ call, slot: (((prev.recorded - prev.calls.length + i) % prev.size) + prev.size) % prev.size }]));
}

/** Buckets of the previous frame that have left the time window. */
function leftBuckets(prev: WindowSnapshot | null, w: TimeWindow): SecondBucket[] {
  if (!prev || prev.kind !== 'time' || prev.size !== w.size || prev === w) return [];
  return prev.buckets.filter((b) => b.second <= w.nowSecond - w.size);
}

function Ring({ size, recorded, calls, left }: { size: number; recorded: number; calls: readonly RecordedCall[]; left: { call: RecordedCall; slot: number }[] }) {
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
      {left.map(({ call, slot }) => {
        const p = slotPos(slot);
        return (
          <g key={`gone-${call.id}`} transform={`translate(${p.x} ${p.y})`} aria-hidden="true">
            <circle r={dot} className={`cb-call leave ${call.failed ? 'fail' : 'ok'}`} />
          </g>
        );
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

function Buckets({ size, nowSecond, buckets, left }: { size: number; nowSecond: number; buckets: readonly SecondBucket[]; left: SecondBucket[] }) {
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
      {[...left, ...buckets].map((b) => {
        const x = 4 + (b.second - oldest) * colW;
        const ok = b.calls - b.failed;
        const hOk = ok * scale;
        const hFail = b.failed * scale;
        const gone = b.second < oldest;
        // CSS transform (not the SVG attribute) so the shell's transition moves buckets along as time passes.
        return (
          <g key={b.second} className={gone ? 'anim leave' : 'anim'} style={{ transform: `translate(${x}px, 0px)` }}>
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
