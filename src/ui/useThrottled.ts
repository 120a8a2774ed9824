import { useEffect, useMemo, useRef, useState } from 'react';

/**
 * `value`, but updated at most once per `ms` while it keeps changing, and
 * always ending at its latest value (a trailing update); each update comes
 * from a timer, in a task after the one that changed the value. For views that redo
 * work over every frame (history charts, a term timeline) while frames stream
 * in: a 10^5-call run grows its frame count in dozens of bursts, and
 * redrawing the charts on each burst kept the page busy for the whole stream.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const show = () => {
      last.current = performance.now();
      setShown(() => value);
    };
    // Always from a timer, even when no wait is due: the caller's heavy work then runs in a task of
    // its own, not in the one that changed the value (a step, or the run's last frames landing).
    const t = setTimeout(show, Math.max(0, last.current + ms - performance.now()));
    return () => clearTimeout(t);
  }, [value, shown, ms]);
  return shown;
}

/**
 * The first elements of a growing array (a run's frames), throttled as
 * useThrottled: the same array object until more are shown, so a view can
 * key its work over every frame on it. A new array (a new run) is known by
 * its first element and starts afresh.
 */
export function useThrottledPrefix<T>(items: readonly T[], ms: number): readonly T[] {
  const shown = useThrottled(items.length, ms);
  const first = items[0];
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => items.slice(0, shown), [first, shown]);
}
