// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTaskDeferredValue } from './useTaskDeferredValue';

function Probe({ value, seen }: { value: number; seen: number[] }) {
  const shown = useTaskDeferredValue(value);
  seen.push(shown);
  return <span>{shown}</span>;
}

describe('useTaskDeferredValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts with the value, and shows a new value only in the next task', () => {
    const seen: number[] = [];
    const { container, rerender } = render(<Probe value={1} seen={seen} />);
    expect(container.textContent).toBe('1');
    act(() => rerender(<Probe value={2} seen={seen} />));
    expect(container.textContent).toBe('1');
    act(() => vi.runAllTimers());
    expect(container.textContent).toBe('2');
  });

  it('skips a value replaced before its task runs', () => {
    const seen: number[] = [];
    const { container, rerender } = render(<Probe value={1} seen={seen} />);
    act(() => rerender(<Probe value={2} seen={seen} />));
    act(() => rerender(<Probe value={3} seen={seen} />));
    act(() => vi.runAllTimers());
    expect(container.textContent).toBe('3');
    expect(seen).not.toContain(2);
  });
});
