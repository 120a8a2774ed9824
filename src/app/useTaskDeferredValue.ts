import { useEffect, useState } from 'react';

/**
 * `value`, one task later. The caller's expensive render (an O(state)
 * check of a 10^5-key frame) then runs in a task of its own instead of
 * adding to the task that changed the value, and the page can paint in
 * between. Unlike React's useDeferredValue, whose transition
 * restarts whenever another update arrives (every streamed batch), this
 * always lands in the next task. A value that changes again before then
 * is skipped.
 */
export function useTaskDeferredValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const t = setTimeout(() => setShown(() => value), 0);
    return () => clearTimeout(t);
  }, [value, shown]);
  return shown;
}
