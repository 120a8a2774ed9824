import { memo } from 'react';

/**
 * One forward pointer drawn as a unit line scaled along x, so a rewired
 * pointer animates (CSS transition on transform) instead of blinking.
 */
export const LinkArrow = memo(function LinkArrow({
  x1,
  x2,
  y,
  tone,
  span,
  showSpan,
}: {
  x1: number;
  x2: number;
  y: number;
  tone: 'plain' | 'rewired' | 'path';
  span?: number;
  showSpan: boolean;
}) {
  const len = Math.max(1, x2 - x1);
  return (
    <g className={`sl-link sl-link-${tone}`}>
      <line
        className="sl-anim"
        x1={0}
        y1={0}
        x2={1}
        y2={0}
        vectorEffect="non-scaling-stroke"
        style={{ transform: `translate(${x1}px, ${y}px) scaleX(${len})` }}
      />
      <path className="sl-anim sl-arrowhead" d="M0,0 L-6,-3.5 L-6,3.5 Z" style={{ transform: `translate(${x2}px, ${y}px)` }} />
      {showSpan && span !== undefined && (
        <text className="sl-anim sl-span" textAnchor="middle" style={{ transform: `translate(${(x1 + x2) / 2}px, ${y - 3}px)` }}>
          {span}
        </text>
      )}
    </g>
  );
});
