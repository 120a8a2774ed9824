import { NODE_H, type NodeBox, type TreeLayout } from './layout';
import type { BTreeHighlight } from './types';

/**
 * Light rendering for big or far-zoomed trees: every visible box in one
 * path and every visible edge in another (two DOM elements whatever the
 * size), plus the highlighted path drawn on top.
 */
export function TreeOverview({ layout, visible, highlight }: { layout: TreeLayout; visible: readonly NodeBox[]; highlight: BTreeHighlight | undefined }) {
  const ids = new Set(visible.map((b) => b.id));
  let boxes = '';
  for (const b of visible) boxes += `M${b.x} ${b.y}h${b.w}v${NODE_H}h${-b.w}Z`;
  let lines = '';
  if (visible.length < 20_000) {
    for (const e of layout.edges) {
      const [p, c] = e.id.split('-').map(Number);
      if (ids.has(p) || ids.has(c)) lines += `M${e.x1} ${e.y1}L${e.x2} ${e.y2}`;
    }
  }
  const path = new Set(highlight?.path ?? []);
  const onPath = layout.nodes.filter((b) => path.has(b.id));
  return (
    <g>
      <path className="bt-edge" d={lines} />
      <path className="bt-node" d={boxes} />
      {onPath.map((b) => (
        <rect key={b.id} className={`bt-node on-path${highlight?.node === b.id ? ' is-focus' : ''}`} x={b.x} y={b.y} width={b.w} height={NODE_H} />
      ))}
    </g>
  );
}
