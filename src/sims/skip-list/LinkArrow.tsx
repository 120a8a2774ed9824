import { memo } from 'react';
import { linkPath } from './layout';

/**
 * One forward pointer: line and arrowhead in one path placed by a transform,
 * so a pointer that moves or is rewired slides (CSS transitions on transform
 * and d) instead of blinking.
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
    <>
      <path className={`sl-anim sl-link sl-link-${tone}`} d={linkPath(len)} style={{ transform: `translate(${x1}px, ${y}px)` }} />
      {showSpan && span !== undefined && (
        <text className="sl-anim sl-span" textAnchor="middle" style={{ transform: `translate(${(x1 + x2) / 2}px, ${y - 3}px)` }}>
          {span}
        </text>
      )}
    </>
  );
});
