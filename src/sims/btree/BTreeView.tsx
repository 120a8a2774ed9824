import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ViewProps } from '../../app/simUi';
import { cellsOf, fitTransform, treeStats, visibleNodes, NODE_H, type TreeLayout } from './layout';
import { TreeDetail } from './TreeDetail';
import { TreeOverview } from './TreeOverview';
import { TreeStatsPanel } from './TreeStatsPanel';
import type { BTreeHighlight, BTreeParams, BTreeState } from './types';
import { useElementSize } from './useElementSize';
import { cachedLayout, useTreeLayout } from './useTreeLayout';
import { useZoom } from './useZoom';
import './btree.css';

/** Above this many key cells in view, draw the light overview instead of every key. */
const DETAIL_CELL_LIMIT = 1500;

type Positions = ReadonlyMap<string, { x: number; y: number }>;
const positions = new WeakMap<TreeLayout, Positions>();
/** Where each key cell of a layout is, by cell id (cached per layout). */
function cellPositions(layout: TreeLayout): Positions {
  let m = positions.get(layout);
  if (!m) positions.set(layout, (m = new Map(cellsOf(layout, layout.nodes).map((c) => [c.id, { x: c.x, y: c.y }]))));
  return m;
}

export function BTreeView({ frame, prev, params }: ViewProps<BTreeState, BTreeHighlight, BTreeParams>) {
  const bplus = params.variant === 'bplus';
  const { size, transient } = frame.state;
  // While a big tree is laid out in slices, the last tree laid out stays on screen (root is the tree drawn).
  const { layout, pending } = useTreeLayout(frame.state.root, bplus, size);
  const { root } = layout;
  const highlight = pending ? undefined : frame.highlight;
  const prevRoot = prev?.state.root ?? null;
  const stats = useMemo(() => treeStats(root, params.order), [root, params.order]);

  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const { w, h } = useElementSize(wrap);
  const { transform, programmatic, setTransform, userMoved } = useZoom(svg);
  const fit = () => {
    const t = fitTransform(layout.bounds, w, h);
    setTransform(t.x, t.y, t.k);
  };
  const { x0, x1, y1 } = layout.bounds;
  // Keep the whole tree in view until the user pans or zooms by hand.
  useLayoutEffect(() => {
    if (userMoved.current) return;
    const t = fitTransform({ x0, y0: 0, x1, y1 }, w, h);
    setTransform(t.x, t.y, t.k);
  }, [x0, x1, y1, w, h, setTransform, userMoved]);

  const { x: tx, y: ty, k } = transform;
  // Virtualise: only nodes meeting the viewport are drawn (memoised: stepping through frames of one tree reuses it).
  const { visible, columns, detailed } = useMemo(() => {
    const view = { x0: -tx / k, y0: -ty / k, x1: (w - tx) / k, y1: (h - ty) / k };
    const inView = visibleNodes(layout.nodes, view);
    let cellsInView = 0;
    for (const b of inView) cellsInView += b.keys.length;
    const detail = cellsInView <= DETAIL_CELL_LIMIT && k >= 0.2;
    return {
      visible: inView,
      columns: detail ? inView : visibleNodes(layout.nodes, { ...view, y0: -Infinity, y1: Infinity }),
      detailed: detail,
    };
  }, [layout, tx, ty, k, w, h]);
  // The previous frame's key positions, so an entering separator can rise from its leaf (small trees, detail
  // mode only; null: no key enters). Stepping forward, the previous tree is the one laid out for the last
  // frame: both the layout and its cell map come from the caches.
  // Never while the shown tree is a stand-in for a pending layout: the previous frame's tree may be just as big.
  const prevSize = prev?.state.size ?? 0;
  const prevCells = useMemo(() => {
    if (pending || !detailed || prevRoot === root || layout.cellCount > 5000 || prevSize > 5000) return null;
    return cellPositions(cachedLayout(prevRoot, bplus));
  }, [pending, detailed, prevRoot, root, bplus, layout, prevSize]);

  const focus = highlight?.node !== undefined ? layout.byId.get(highlight.node) : undefined;
  const zoomToStep = () => {
    if (!focus) return;
    const kk = Math.max(1, k);
    userMoved.current = true;
    setTransform(w / 2 - (focus.x + focus.w / 2) * kk, h / 2 - (focus.y + NODE_H / 2) * kk, kk);
  };
  const kind = bplus ? 'B+ tree' : 'B-tree';
  const label = pending
    ? `${kind} with m = ${params.order} and ${size} keys: laying it out…`
    : root
      ? `${kind} with m = ${params.order}: height ${stats.height}, ${stats.nodes} nodes, ${size} keys${highlight?.path.length ? `; highlighted path through ${highlight.path.length} nodes` : ''}.`
      : `Empty ${kind} with m = ${params.order}.`;

  return (
    <div className="bt-view">
      <div className="bt-toolbar row">
        <button
          type="button"
          onClick={() => {
            userMoved.current = false;
            fit();
          }}
        >
          Fit
        </button>
        <button type="button" onClick={zoomToStep} disabled={!focus}>
          Zoom to step
        </button>
        <span className="muted bt-hint" aria-live="polite">
          {pending
            ? `Laying out ${size.toLocaleString('en-US')} keys…`
            : detailed
              ? 'Drag to pan, wheel or pinch to zoom.'
              : 'Zoomed out: keys hidden. Zoom in to read them.'}
        </span>
      </div>
      <div
        className="bt-canvas"
        ref={wrap}
        data-testid="btree-canvas"
        data-mode={detailed ? 'detail' : 'overview'}
        aria-busy={pending}
        data-view-pending={pending || undefined}
      >
        <svg ref={svg} role="img" aria-label={label} width={w} height={h}>
          <defs>
            <marker id="bt-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0L8 4L0 8z" className="bt-arrowhead" />
            </marker>
          </defs>
          {detailed ? (
            <g className={programmatic ? 'bt-camera anim' : 'bt-camera'} style={{ transform: `translate(${tx}px, ${ty}px) scale(${k})` }}>
              <TreeDetail layout={layout} visible={visible} prevCells={prevCells} highlight={highlight} transient={transient} />
            </g>
          ) : (
            <TreeOverview layout={layout} visible={columns} highlight={highlight} transform={transform} viewH={h} />
          )}
          {!root && (
            <text x={w / 2} y={h / 2} textAnchor="middle" className="bt-empty">
              {pending ? 'Laying out the tree…' : 'The tree is empty: insert a key.'}
            </text>
          )}
        </svg>
      </div>
      <TreeStatsPanel stats={pending ? null : stats} order={params.order} keys={size} />
    </div>
  );
}
