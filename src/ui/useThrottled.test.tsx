// @vitest-environment happy-dom
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottled, useThrottledPrefix } from './useThrottled';

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

function PrefixProbe({ items, seen }: { items: readonly string[]; seen: (readonly string[])[] }) {
  seen.push(useThrottledPrefix(items, 250));
  return null;
}

describe('useThrottledPrefix', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('keeps one array while the shown length stays, grows it from a timer, and starts afresh for a new first element', () => {
    const seen: (readonly string[])[] = [];
    const { rerender } = render(<PrefixProbe items={['a']} seen={seen} />);
    act(() => rerender(<PrefixProbe items={['a', 'b']} seen={seen} />));
    expect(seen.at(-1)).toBe(seen[0]);
    act(() => vi.advanceTimersByTime(0));
    expect(seen.at(-1)).toEqual(['a', 'b']);
    const grown = seen.at(-1);
    act(() => rerender(<PrefixProbe items={['a', 'b', 'c']} seen={seen} />));
    expect(seen.at(-1)).toBe(grown);
    // A new run of the same length so far: its own frames at once, not the old run's.
    act(() => rerender(<PrefixProbe items={['x', 'y']} seen={seen} />));
    expect(seen.at(-1)).toEqual(['x', 'y']);
  });
});
