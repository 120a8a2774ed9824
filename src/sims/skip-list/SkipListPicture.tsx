import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { cellBox, geometry, indexOfKey, linksInView, visibleColumns, xOf, yOf, LABEL_H, type Geometry } from './layout';
import { LinkArrow } from './LinkArrow';
import type { SkipListHighlight, SkipListState, TowerNode } from './model/types';
import { SearchPath } from './SearchPath';
import { TowerColumn } from './TowerColumn';
import { useElementWidth } from '../../ui/useElementWidth';

const MIN_COL = 6;
const MAX_COL = 64;
/** Width assumed until the scroller has been measured. */
const FALLBACK_W = 640;
/** Frames closer together than this while playing are shown without transitions (they last 0.6 × 320 ms then). */
const FAST_FRAME_MS = 200;
/** Where a cursor that left the view lands, as a fraction of the width from the side it left towards. */
const LEAD = 0.25;

function autoColumn(width: number, n: number): number {
  return Math.max(28, Math.min(72, Math.floor((width - 16) / (n + 2))));
}

/**
 * The classic picture: the head column, one tower per node, forward pointers
 * per level, NIL on the right; the search path on top. Only the columns in
 * the viewport (plus a little) are drawn, so 100,000 nodes scroll smoothly.
 */
export const SkipListPicture = memo(function SkipListPicture({
  state,
  highlight,
  spansOn,
  playing,
}: {
  state: SkipListState;
  highlight?: SkipListHighlight;
  spansOn: boolean;
  playing: boolean;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(scroller);
  const width = measured ?? FALLBACK_W;
  const [zoom, setZoom] = useState<number | null>(null);
  const [scrollLeft, setScrollLeft] = useState(0);
  const { nodes, levelKeys, spans } = state;
  const n = nodes.length;
  const colW = zoom ?? autoColumn(width, n);
  const rows = Math.max(state.level, highlight?.pending?.level ?? 0, 1);
  const g = useMemo(() => geometry(n, rows, colW), [n, rows, colW]);

  // Keep the search cursor (or the key being inserted / deleted) in view. Worked out
  // while rendering, from the scroll position we already know (no layout reads, no
  // second commit); the layout effect below only writes the new scrollLeft.
  const focusKey = highlight?.path?.length ? highlight.path[highlight.path.length - 1].key : (highlight?.found ?? null);
  const [seen, setSeen] = useState<{ focusKey: number | null | undefined; nodes: readonly TowerNode[]; g: Geometry } | null>(null);
  let left = scrollLeft;
  if (measured !== null && (seen === null || seen.focusKey !== focusKey || seen.nodes !== nodes || seen.g !== g)) {
    setSeen({ focusKey, nodes, g });
    const c = focusKey === null || focusKey === undefined ? -1 : indexOfKey(nodes, focusKey);
    if (c >= 0) {
      const x = xOf(g, c);
      // A search only moves right (Pugh), so the view keeps the path ahead of the cursor in sight: a
      // cursor that leaves on the right lands a quarter in from the left edge, one that leaves on the
      // left (stepping back) a quarter in from the right. Half as many jumps as centring it, and a
      // jump (a new window of towers to mount) is the costliest step there is.
      const ahead = x > left + width - colW;
      if (ahead || x < left + colW) {
        left = Math.round(Math.max(0, Math.min(x - width * (ahead ? LEAD : 1 - LEAD), g.width - width)));
        if (left !== scrollLeft) setScrollLeft(left);
      }
    }
  }
  // The scroll position the element has (as far as we know, without asking it).
  const domLeft = useRef(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && domLeft.current !== scrollLeft) {
      el.scrollLeft = scrollLeft;
      domLeft.current = scrollLeft;
    }
  }, [scrollLeft]);
  // Sideways scrolling by the user: read the position once per animation frame.
  const scrollFrame = useRef(0);
  const onScroll = useCallback(() => {
    if (scrollFrame.current) return;
    scrollFrame.current = requestAnimationFrame(() => {
      scrollFrame.current = 0;
      const el = scroller.current;
      if (!el) return;
      domLeft.current = el.scrollLeft;
      setScrollLeft(el.scrollLeft);
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(scrollFrame.current), []);

  // Fast playback: when frames come quicker than a transition lasts, the
  // transitions only restart every frame (style, paint and transition events
  // for nothing), so the picture jumps instead. Marked on the element, not in
  // React state, so it costs no render.
  const svgRef = useRef<SVGSVGElement>(null);
  const lastFrameAt = useRef(-Infinity);
  useLayoutEffect(() => {
    const t = performance.now();
    const fast = playing && t - lastFrameAt.current < FAST_FRAME_MS;
    lastFrameAt.current = t;
    const svg = svgRef.current;
    if (svg && (svg.dataset.fast === '1') !== fast) {
      if (fast) svg.dataset.fast = '1';
      else delete svg.dataset.fast;
    }
  }, [state, highlight, playing]);

  const [c0, c1] = visibleColumns(g, left, width);
  const links = useMemo(() => linksInView(nodes, levelKeys, c0, c1), [nodes, levelKeys, c0, c1]);

  const pathKeys = useMemo(() => new Set((highlight?.path ?? []).map((p) => p.key)), [highlight?.path]);
  const rewired = useMemo(() => new Set((highlight?.links ?? []).map((l) => `${l.level}:${l.from}`)), [highlight?.links]);
  const lastPoint = highlight?.path?.[highlight.path.length - 1];
  const keyChars = n ? Math.max(String(nodes[0].key).length, String(nodes[n - 1].key).length) : 4;
  const showLabels = colW >= keyChars * 7 + 4;
  const showSpans = spansOn && colW >= 22;
  const target = highlight?.found ?? highlight?.target;
  const growingKey = highlight?.kind === 'link' ? highlight.found : undefined;

  const towers = [];
  for (let c = Math.max(0, c0); c <= Math.min(n - 1, c1); c++) {
    const nd = nodes[c];
    const tone = nd.key === target ? 'target' : pathKeys.has(nd.key) ? 'visited' : 'plain';
    towers.push(
      <TowerColumn
        key={nd.key}
        col={c}
        nodeKey={nd.key}
        level={nd.level}
        g={g}
        tone={tone}
        showLabel={showLabels || tone === 'target'}
        growing={nd.key === growingKey}
      />,
    );
  }

  const label = `Skip list with ${n} node${n === 1 ? '' : 's'} and ${state.level} level${state.level === 1 ? '' : 's'}${
    highlight?.path?.length ? `; the search is at ${lastPoint?.key ?? 'the head'} on level ${lastPoint?.level}` : ''
  }.`;
  // The cell the search just compared against: a ring drawn over its tower.
  const compareKey = highlight?.compare;
  const compareCol = compareKey === undefined || compareKey === null ? -1 : indexOfKey(nodes, compareKey);
  const compareBox = compareCol >= 0 && compareCol >= c0 && compareCol <= c1 && lastPoint ? cellBox(g, lastPoint.level) : null;
  const headX = xOf(g, -1) - g.cellW / 2;
  const nilX = xOf(g, n) - g.cellW / 2;

  return (
    <div className="sl-picture">
      <div className="row sl-zoom">
        <label htmlFor="sl-zoom">Zoom</label>
        <input
          id="sl-zoom"
          type="range"
          min={MIN_COL}
          max={MAX_COL}
          step={1}
          value={colW}
          aria-valuetext={`${colW} pixels per node`}
          onChange={(e) => setZoom(Number(e.target.value))}
        />
        <button type="button" onClick={() => setZoom(null)} disabled={zoom === null}>
          Fit
        </button>
        {g.width > width && <span className="muted small">Scroll sideways to see all {n} nodes.</span>}
      </div>
      <div
        className="sl-scroll"
        ref={scroller}
        onScroll={onScroll}
        tabIndex={0}
        aria-label="Skip list picture, scrolls sideways"
      >
        <svg ref={svgRef} role="img" aria-label={label} width={g.width} height={g.height} className={playing ? 'sl-svg sl-playing' : 'sl-svg'}>
          {c0 <= -1 && (
            <g className="sl-head">
              {Array.from({ length: g.rows }, (_, i) => (
                <rect
                  key={i}
                  className="sl-cell sl-cell-head"
                  x={headX}
                  y={cellBox(g, i + 1).y}
                  width={g.cellW}
                  height={cellBox(g, i + 1).h}
                  rx={2}
                />
              ))}
              <text className="sl-key" x={xOf(g, -1)} y={g.top + g.rows * g.rowH + LABEL_H / 2 + 4} textAnchor="middle">
                head
              </text>
            </g>
          )}
          {towers}
          {compareBox && (
            <rect className="sl-cell-compare" x={xOf(g, compareCol) - g.cellW / 2} y={compareBox.y} width={g.cellW} height={compareBox.h} rx={2} />
          )}
          {c1 >= n && (
            <g className="sl-nil">
              <rect className="sl-cell sl-cell-nil" x={nilX} y={g.top + 1.5} width={g.cellW} height={g.rows * g.rowH - 3} rx={2} />
              <text className="sl-key" x={xOf(g, n)} y={g.top + g.rows * g.rowH + LABEL_H / 2 + 4} textAnchor="middle">
                NIL
              </text>
            </g>
          )}
          {links.map((l) => {
            const fromKey = l.from === -1 ? null : nodes[l.from].key;
            const y = yOf(g, l.level);
            const tone = rewired.has(`${l.level}:${fromKey}`) ? 'rewired' : 'plain';
            return (
              <LinkArrow
                key={`${l.level}:${fromKey ?? 'head'}`}
                x1={xOf(g, l.from) + g.cellW / 2}
                x2={xOf(g, l.to) - g.cellW / 2}
                y={y}
                tone={tone}
                span={spans?.[l.level - 1]?.[l.k]}
                showSpan={showSpans}
              />
            );
          })}
          {highlight?.path && <SearchPath path={highlight.path} nodes={nodes} g={g} />}
        </svg>
      </div>
    </div>
  );
});
