import { KeyCellView } from './KeyCellView';
import { cellsOf, edgesAround, linksFrom, NODE_H, type NodeBox, type TreeLayout } from './layout';
import type { BTreeHighlight, BTreeState } from './types';

interface Props {
  layout: TreeLayout;
  visible: readonly NodeBox[];
  /** Where each key cell was in the previous frame (for keys that enter); null when no key enters. */
  prevCells: ReadonlyMap<string, { x: number; y: number }> | null;
  highlight: BTreeHighlight | undefined;
  transient: BTreeState['transient'];
}

function nodeClass(b: NodeBox, path: ReadonlySet<number>, hl: BTreeHighlight | undefined, transient: Props['transient']): string {
  let c = 'bt-node';
  if (path.has(b.id)) c += ' on-path';
  if (hl?.node === b.id) c += ' is-focus';
  if (transient?.id === b.id) c += transient.kind === 'overflow' ? ' is-over' : ' is-under';
  return c;
}

/** Full rendering: boxes, key cells keyed by value, edges and leaf links, for the nodes in view. */
export function TreeDetail({ layout, visible, prevCells, highlight, transient }: Props) {
  const path = new Set(highlight?.path ?? []);
  const hlKeys = new Set(highlight?.keys ?? []);
  const range = new Set(highlight?.range ?? []);
  const found = highlight?.found;
  const w = layout.cellW;
  return (
    <g>
      <g className="bt-edges">
        {edgesAround(layout, visible).map((e) => {
          const on = path.has(e.parent.id) && path.has(e.child.id);
          return <line key={e.id} className={on ? 'bt-edge on-path' : 'bt-edge'} x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} />;
        })}
      </g>
      <g className="bt-links">
        {linksFrom(layout, visible).map((l) => (
          <line key={l.id} className="bt-link" x1={l.x1 + 2} y1={l.y1} x2={l.x2 - 3} y2={l.y2} markerEnd="url(#bt-arrow)" />
        ))}
      </g>
      <g className="bt-nodes">
        {visible.map((b) => (
          <rect
            key={b.id}
            className={`${nodeClass(b, path, highlight, transient)} anim`}
            style={{ transform: `translate(${b.x}px, ${b.y}px)` }}
            width={b.w}
            height={NODE_H}
            rx={5}
            data-node-id={b.id}
          />
        ))}
      </g>
      <g className="bt-cells">
        {cellsOf(layout, visible).map((c) => {
          let tone = '';
          if (hlKeys.has(c.value)) tone = found === true ? 'is-found' : found === false ? 'is-missing' : 'is-hl';
          else if (range.has(c.value) && c.id[0] !== 's') tone = 'is-range';
          const twin = prevCells && c.id[0] === 's' && !prevCells.has(c.id) ? prevCells.get(`l${c.value}`) : undefined;
          return <KeyCellView key={c.id} cell={c} w={w} tone={tone} from={twin} />;
        })}
      </g>
    </g>
  );
}
