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
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number | null {
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
      if (first) {
        first = false;
        flushSync(() => setWidth(w));
      } else setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}
