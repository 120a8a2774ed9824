import { indexOfKey, xOf, yOf, type Geometry } from './layout';
import type { PathPoint, TowerNode } from './model/types';

/** The search path so far: a line that moves right and down, and a cursor at its end. */
export function SearchPath({ path, nodes, g }: { path: readonly PathPoint[]; nodes: readonly TowerNode[]; g: Geometry }) {
  if (path.length === 0) return null;
  const pts = path.map((p) => {
    const c = p.key === null ? -1 : indexOfKey(nodes, p.key);
    return [xOf(g, c < -1 ? -1 : c), yOf(g, p.level)] as const;
  });
  const d = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join(' ');
  const [cx, cy] = pts[pts.length - 1];
  return (
    <g className="sl-path" aria-hidden="true">
      <path d={d} />
      <circle
        className="sl-anim sl-cursor"
        r={Math.max(4, Math.min(8, g.rowH / 3))}
        cx={0}
        cy={0}
        style={{ transform: `translate(${cx}px, ${cy}px)` }}
      />
    </g>
  );
}
