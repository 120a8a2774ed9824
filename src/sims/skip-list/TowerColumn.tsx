import { memo } from 'react';
import { cellBox, LABEL_H, towerPath, xOf, type Geometry } from './layout';

/**
 * A node's tower: its cells stacked (one path), the key underneath. While the
 * tower is being linked (`growing`) its top cell is a separate box that fades
 * in, keyed by level so each new level fades in again. Towers that only come
 * into view when the picture scrolls appear at once: a fade-in on every
 * mounted cell would restyle and repaint a whole window of cells each frame.
 */
export const TowerColumn = memo(function TowerColumn({
  col,
  nodeKey,
  level,
  g,
  tone,
  showLabel,
  growing,
}: {
  col: number;
  nodeKey: number;
  level: number;
  g: Geometry;
  tone: 'plain' | 'target' | 'visited';
  showLabel: boolean;
  growing: boolean;
}) {
  const move = { transform: `translate(${xOf(g, col) - g.cellW / 2}px, 0px)` };
  const cellClass = `sl-cell sl-cell-${tone}`;
  const top = cellBox(g, level);
  return (
    <>
      <path
        className={`sl-anim sl-tower ${cellClass}`}
        d={towerPath(g, 1, growing ? level - 1 : level)}
        style={move}
        data-key={nodeKey}
        data-level={level}
      >
        <title>{`${nodeKey}: level ${level}`}</title>
      </path>
      {growing && (
        <rect key={level} className={`sl-anim ${cellClass} sl-cell-grow`} style={move} x={0} y={top.y} width={g.cellW} height={top.h} rx={2} />
      )}
      {showLabel && (
        <text className={`sl-anim sl-key sl-key-${tone}`} style={move} x={g.cellW / 2} y={g.top + g.rows * g.rowH + LABEL_H / 2 + 4} textAnchor="middle">
          {nodeKey}
        </text>
      )}
    </>
  );
});
