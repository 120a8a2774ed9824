import { memo, type CSSProperties } from 'react';
import { angleOf, KEY_R, polar } from './ringGeometry';
import type { MovedKey, RingKey } from './types';

const colorOf = (colors: ReadonlyMap<string, string>, node: string | null) =>
  node === null ? 'var(--muted)' : (colors.get(node) ?? 'var(--muted)');
const at = (hash: number) => polar(KEY_R, angleOf(hash)).map((v) => v.toFixed(2));

interface Props {
  /** Keys that changed owner in this frame: drawn larger and outlined, their colour sweeping from the old owner's to the new. */
  moved: readonly MovedKey[] | null;
  /** The one key this frame is about (added, found), popping in. A frame has moved keys or a focus, never both. */
  focus: RingKey | null;
  colors: ReadonlyMap<string, string>;
  /** Owners' colours before the move (a node that left is no longer in `colors`). */
  prevColors: ReadonlyMap<string, string>;
}

/** The few key dots worth elements of their own (so tests and tools can find them); the canvas draws the rest. */
export const KeyMarks = memo(function KeyMarks({ moved, focus, colors, prevColors }: Props) {
  return (
    <g className="hr-marks">
      {moved?.map((m) => {
        const [x, y] = at(m.hash);
        const from = m.from === null ? 'var(--muted)' : (prevColors.get(m.from) ?? colors.get(m.from) ?? 'var(--muted)');
        return (
          <circle
            key={m.key}
            cx={x}
            cy={y}
            r={4}
            fill={colorOf(colors, m.to)}
            style={{ '--from': from } as CSSProperties}
            className="hr-key hr-moved hr-recolor"
            data-key={m.key}
            data-node={m.to ?? ''}
          />
        );
      })}
      {focus && (
        <circle
          key={focus.key}
          cx={at(focus.hash)[0]}
          cy={at(focus.hash)[1]}
          r={3}
          fill={colorOf(colors, focus.node)}
          className="hr-key hr-flash"
          data-key={focus.key}
          data-node={focus.node ?? ''}
        />
      )}
    </g>
  );
});
