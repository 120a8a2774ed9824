import { useMemo } from 'react';
import { edgesAround, LEVEL, NODE_H, type NodeBox, type TreeLayout } from './layout';
import type { BTreeHighlight } from './types';

interface Props {
  layout: TreeLayout;
  /** Nodes inside the viewport horizontally. */
  visible: readonly NodeBox[];
  highlight: BTreeHighlight | undefined;
  transform: { x: number; y: number; k: number };
  viewH: number;
}

/**
 * Light rendering for big or far-zoomed trees, in screen coordinates: x
 * follows the zoom, but levels are spread over the canvas height so a wide,
 * flat 10,000-key tree still shows its levels. Every visible box goes into
 * one path and every edge into another (two DOM elements whatever the size);
 * the highlighted path is drawn on top.
 */
export function TreeOverview({ layout, visible, highlight, transform, viewH }: Props) {
  const { x: tx, y: ty, k } = transform;
  // The two big path strings depend on the tree and the camera only, not on the highlight.
  const { byId, depth } = layout;
  const { X, Y, boxH, boxes, lines } = useMemo(() => {
    const boxH = Math.max(NODE_H * k, 8);
    const natural = LEVEL * k;
    const spread = Math.min(90, (viewH - 32 - boxH) / Math.max(1, depth));
    const flat = natural < spread;
    const gap = flat ? spread : natural;
    const top = flat ? (viewH - depth * gap - boxH) / 2 : ty;
    const X = (x: number) => tx + x * k;
    const Y = (d: number) => top + d * gap;

    // Boxes narrower than a few pixels merge into runs per level (nodes come level by level, left to
    // right), so a 10,000-key tree paints a few hundred rectangles instead of thousands.
    let boxes = '';
    let run: { depth: number; x0: number; x1: number } | null = null;
    const flush = () => {
      if (run) boxes += `M${run.x0.toFixed(1)} ${Y(run.depth).toFixed(1)}h${Math.max(1, run.x1 - run.x0).toFixed(1)}v${boxH.toFixed(1)}h${(-Math.max(1, run.x1 - run.x0)).toFixed(1)}Z`;
      run = null;
    };
    for (const b of visible) {
      const x0 = X(b.x);
      const x1 = x0 + b.w * k;
      if (run && run.depth === b.depth && x1 - x0 < 3 && x0 - run.x1 < 1.5) run.x1 = x1;
      else {
        flush();
        run = { depth: b.depth, x0, x1 };
      }
    }
    flush();
    let lines = '';
    if (visible.length <= 3000) {
      for (const e of edgesAround(layout, visible)) {
        lines += `M${X(e.x1).toFixed(1)} ${(Y(e.parent.depth) + boxH).toFixed(1)}L${X(e.x2).toFixed(1)} ${Y(e.child.depth).toFixed(1)}`;
      }
    }
    return { X, Y, boxH, boxes, lines };
  }, [layout, depth, visible, tx, ty, k, viewH]);
  const onPath = (highlight?.path ?? []).map((id) => byId.get(id)).filter((b): b is NodeBox => !!b);
  const trail = onPath.map((b, i) => `${i ? 'L' : 'M'}${X(b.x + b.w / 2).toFixed(1)} ${(Y(b.depth) + boxH / 2).toFixed(1)}`).join('');
  return (
    <g>
      <path className="bt-edge" d={lines} />
      <path className="bt-node bt-overview-box" d={boxes} />
      {trail && <path className="bt-trail" d={trail} />}
      {onPath.map((b) => (
        <rect
          key={b.id}
          className={`bt-node on-path${highlight?.node === b.id ? ' is-focus' : ''}`}
          x={X(b.x) - 2}
          y={Y(b.depth) - 2}
          width={Math.max(6, b.w * k) + 4}
          height={boxH + 4}
        />
      ))}
    </g>
  );
}
