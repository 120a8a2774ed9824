// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottled } from './useThrottled';

function Probe({ value, seen }: { value: number; seen: number[] }) {
  const shown = useThrottled(value, 250);
  seen.push(shown);
  return <span>{shown}</span>;
}

describe('useThrottled', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('shows a change in the next task after a quiet spell, then at most one value per 250 ms, ending at the latest', () => {
    const seen: number[] = [];
    const { container, rerender } = render(<Probe value={1} seen={seen} />);
    expect(container.textContent).toBe('1');
    act(() => rerender(<Probe value={2} seen={seen} />));
    // Not in the task that changed it, but in the next one.
    expect(container.textContent).toBe('1');
    act(() => vi.advanceTimersByTime(0));
    expect(container.textContent).toBe('2');
    // A burst right after: held back until 250 ms after the last update, and only the latest is drawn.
    act(() => rerender(<Probe value={3} seen={seen} />));
    act(() => vi.advanceTimersByTime(100));
    act(() => rerender(<Probe value={4} seen={seen} />));
    expect(container.textContent).toBe('2');
    act(() => vi.advanceTimersByTime(149));
    expect(container.textContent).toBe('2');
    act(() => vi.advanceTimersByTime(1));
    expect(container.textContent).toBe('4');
    expect(seen).not.toContain(3);
  });

  it('a value that goes back to the one shown cancels the pending update', () => {
    const seen: number[] = [];
    const { container, rerender } = render(<Probe value={1} seen={seen} />);
    act(() => rerender(<Probe value={2} seen={seen} />));
    act(() => rerender(<Probe value={5} seen={seen} />));
    act(() => rerender(<Probe value={2} seen={seen} />));
    act(() => vi.advanceTimersByTime(1000));
    expect(container.textContent).toBe('2');
    expect(seen).not.toContain(5);
  });
});
