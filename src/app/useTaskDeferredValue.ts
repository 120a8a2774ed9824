import { useThrottled } from '../ui/useThrottled';

/**
 * `value`, one task later. The caller's expensive render (an O(state)
 * check of a 10^5-key frame) then runs in a task of its own instead of
 * adding to the task that changed the value, and the page can paint in
 * between. Unlike React's useDeferredValue, whose transition
 * restarts whenever another update arrives (every streamed batch), this
 * always lands in the next task. A value that changes again before then
 * is skipped. It is useThrottled with no minimum gap.
 */
export function useTaskDeferredValue<T>(value: T): T {
  return useThrottled(value, 0);
}
