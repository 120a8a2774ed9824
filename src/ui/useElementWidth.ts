import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width, kept up to date with a ResizeObserver; null
 * until it has been measured (once, in a layout effect, so before the first
 * paint). An element that reports no width counts as `fallback` wide.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    // Layout is up to date when the observer calls back, so reading clientWidth here is free.
    const ro = new ResizeObserver(() => setWidth(el.clientWidth || fallback));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}
