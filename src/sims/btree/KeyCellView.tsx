import { useLayoutEffect, useRef } from 'react';
import { CELL_H, type KeyCell } from './layout';

const at = (x: number, y: number) => `translate(${x}px, ${y}px)`;

/**
 * One key, keyed by its value across frames: when it moves to another node
 * (a median rising, a key borrowed through the parent) the same element
 * slides there. A key that appears where a twin was (a B+ separator copied
 * up from its leaf) starts from the twin's old place.
 */
export function KeyCellView({ cell, w, from, tone }: { cell: KeyCell; w: number; from?: { x: number; y: number }; tone: string }) {
  const ref = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !from) return;
    el.style.transform = at(from.x, from.y);
    el.getBoundingClientRect(); // commit the start position before transitioning
    el.style.transform = at(cell.x, cell.y);
    // Only on mount: later moves are ordinary style changes that transition.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <g ref={ref} className={`bt-cell anim ${tone}`} style={{ transform: at(cell.x, cell.y) }}>
      <rect width={w} height={CELL_H} rx={3} />
      <text x={w / 2} y={CELL_H / 2} dominantBaseline="central" textAnchor="middle">
        {cell.value}
      </text>
    </g>
  );
}
