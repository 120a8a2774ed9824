import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * The element's content width, kept up to date with a ResizeObserver; null
 * until it has been measured. An element that reports no width counts as
 * `fallback` wide.
 *
 * The first measurement comes from the observer's first callback, which the
 * browser runs after layout and before paint, so reading `clientWidth` there
 * is free, and `flushSync` applies it before that paint: no frame is painted
 * at the fallback width. Reading `clientWidth` in the layout effect instead
 * forced a layout of the whole page in the middle of React's commit (6-14 ms
 * of the Raft cluster graph's first mount, in a task that already held React
 * Flow's own mount). Without ResizeObserver it measures in the layout effect.
 *
 * `beforePaint = false` leaves the first width to an ordinary update, drawn
 * in a task of its own a frame later: for a part that draws nothing until
 * its width is known (the circuit breaker's charts, ~30 ms to draw), so the
 * drawing does not land in the same task as the page's style and layout.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 640, beforePaint = true): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(el.clientWidth || fallback);
      return;
    }
    let first = true;
    const ro = new ResizeObserver(() => {
      const w = el.clientWidth || fallback;
      if (first && beforePaint) flushSync(() => setWidth(w));
      else setWidth(w);
      first = false;
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback, beforePaint]);
  return width;
}
