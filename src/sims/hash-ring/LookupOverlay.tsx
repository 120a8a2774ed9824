import { hex32 } from './format';
import { angleOf, arcPath, polar, RING_R } from './ringGeometry';
import type { HashRingHighlight } from './types';

type Lookup = Extract<HashRingHighlight, { kind: 'lookup' }>;

/** The lookup walk: the key's hash position, the clockwise arc to the first point, the owner. */
export function LookupOverlay({ lookup, ownerColor }: { lookup: Lookup; ownerColor: string }) {
  const a = angleOf(lookup.hash);
  const [x0, y0] = polar(RING_R - 30, a);
  const [x1, y1] = polar(RING_R + 16, a);
  const p = lookup.point;
  const pa = p ? angleOf(p.hash) : 0;
  const [px, py] = polar(RING_R, pa);
  return (
    <g className="hr-lookup" data-phase={lookup.phase}>
      {p && lookup.phase !== 'hash' && (
        <path key={`walk-${lookup.key}`} d={arcPath(RING_R, lookup.hash, p.hash)} pathLength={1} className={`hr-walk ${lookup.phase === 'walk' ? 'hr-sweep-slow' : ''}`} />
      )}
      <line x1={x0.toFixed(1)} y1={y0.toFixed(1)} x2={x1.toFixed(1)} y2={y1.toFixed(1)} className="hr-probe" />
      <circle cx={x1.toFixed(1)} cy={y1.toFixed(1)} r={5} className="hr-probe-dot" />
      {p && lookup.phase === 'owner' && (
        <circle cx={px.toFixed(1)} cy={py.toFixed(1)} r={8} fill={ownerColor} className="hr-owner-dot hr-pop" />
      )}
    </g>
  );
}

/** The lookup's words in the middle of the ring, where there is room: key, hash, then the owner. */
export function LookupCenter({ lookup }: { lookup: Lookup }) {
  const p = lookup.point;
  const status =
    p === null ? 'no node owns it' : lookup.phase === 'hash' ? 'hashed onto the ring' : lookup.phase === 'walk' ? (lookup.wrapped ? 'walking clockwise, wrapping past 0' : 'walking clockwise…') : `owner: ${p.node}`;
  return (
    <g className="hr-lookup-text">
      <text y={-22} textAnchor="middle" className="hr-center-key">
        {lookup.key.length > 22 ? `${lookup.key.slice(0, 21)}…` : lookup.key}
      </text>
      <text y={0} textAnchor="middle" className="hr-center-small hr-mono">
        {hex32(lookup.hash)}
      </text>
      <text y={24} textAnchor="middle" className={lookup.phase === 'owner' && p ? 'hr-center-owner' : 'hr-center-small'}>
        {status}
      </text>
    </g>
  );
}
