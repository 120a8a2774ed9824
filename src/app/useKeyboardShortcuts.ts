import { useEffect } from 'react';
import { timeline } from './store/appStore';
import { knownCount } from './store/timelineStore';

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'password', 'tel']);

/** True when a key press belongs to the focused control, not the playback. */
function ownedByControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    if (TEXT_INPUTS.has(type)) return true;
    if (type === 'range' && key !== ' ') return target.dataset.testid !== 'timeline';
    return key === ' ';
  }
  // Space on a focused button presses that button.
  if (key === ' ' && (target.tagName === 'BUTTON' || target.tagName === 'A' || target.getAttribute('role') === 'button')) return true;
  return false;
}

/** DESIGN.md §6: Space play/pause, ←/→ step, Home/End first/last frame. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (ownedByControl(e.target, e.key)) return;
      const s = timeline.getState();
      switch (e.key) {
        case ' ':
          s.togglePlay();
          break;
        case 'ArrowLeft':
          s.step(-1);
          break;
        case 'ArrowRight':
          s.step(1);
          break;
        case 'Home':
          s.pause();
          s.setIndex(0);
          break;
        case 'End':
          s.pause();
          s.setIndex(knownCount(s) - 1);
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
