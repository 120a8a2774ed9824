import { memo } from 'react';
import { LABEL_H, xOf, yOf, type Geometry } from './layout';

/**
 * A node's tower: one cell per level, stacked; the key underneath. While the
 * tower is being linked (`growing`) its new cells fade in; towers that only
 * come into view when the picture scrolls appear at once (a fade-in on every
 * mounted cell would restyle and repaint a whole window of cells each frame).
 */
export const TowerColumn = memo(function TowerColumn({
  col,
  nodeKey,
  level,
  g,
  tone,
  compareLevel,
  showLabel,
  growing,
}: {
  col: number;
  nodeKey: number;
  level: number;
  g: Geometry;
  tone: 'plain' | 'target' | 'visited';
  compareLevel: number | null;
  showLabel: boolean;
  growing: boolean;
}) {
  const x = xOf(g, col) - g.cellW / 2;
  const cells = [];
  for (let l = 1; l <= level; l++) {
    cells.push(
      <rect
        key={l}
        className={`sl-cell sl-cell-${tone}${compareLevel === l ? ' sl-cell-compare' : ''}${growing ? ' sl-cell-grow' : ''}`}
        x={0}
        y={yOf(g, l) - g.rowH / 2 + 1.5}
        width={g.cellW}
        height={g.rowH - 3}
        rx={2}
      />,
    );
  }
  return (
    <g className="sl-anim sl-tower" style={{ transform: `translate(${x}px, 0px)` }} data-key={nodeKey} data-level={level}>
      <title>{`${nodeKey}: level ${level}`}</title>
      {cells}
      {showLabel && (
        <text className={`sl-key sl-key-${tone}`} x={g.cellW / 2} y={g.top + g.rows * g.rowH + LABEL_H / 2 + 4} textAnchor="middle">
          {nodeKey}
        </text>
      )}
    </g>
  );
});
