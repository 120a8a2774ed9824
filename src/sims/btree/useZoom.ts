import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface Zoom {
  transform: ZoomTransform;
  /** True when the last change came from setTransform (fit, zoom to step), so the view may animate it. */
  programmatic: boolean;
  /** Jump to a transform (programmatic: does not count as the user moving). */
  setTransform: (x: number, y: number, k: number) => void;
  /** True once the user has panned or zoomed by hand (auto-fit stops). */
  userMoved: RefObject<boolean>;
}

/** d3-zoom on an SVG element, created once and fed changes (STYLE.md: create d3 behaviours once). */
export function useZoom(ref: RefObject<SVGSVGElement | null>): Zoom {
  const [{ transform, programmatic }, setT] = useState({ transform: zoomIdentity as ZoomTransform, programmatic: false });
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const userMoved = useRef(false);
  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.001, 4])
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: unknown }) => {
        if (e.sourceEvent) userMoved.current = true;
        setT({ transform: e.transform, programmatic: !e.sourceEvent });
      });
    select(svg).call(z);
    behaviour.current = z;
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [ref]);
  const setTransform = useCallback(
    (x: number, y: number, k: number) => {
      const svg = ref.current;
      if (svg && behaviour.current) select(svg).call(behaviour.current.transform, zoomIdentity.translate(x, y).scale(k));
    },
    [ref],
  );
  return { transform, programmatic, setTransform, userMoved };
}
