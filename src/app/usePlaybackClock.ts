import { useEffect } from 'react';
import { timeline, useTimeline } from './store/appStore';

/** Frames per second at speed 1×. */
export const BASE_FPS = 2;

/** While playing, advance one frame every 1/(BASE_FPS × speed) s, on animation frames. */
export function usePlaybackClock(): void {
  const playing = useTimeline((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    let last = -1;
    let acc = 0;
    const tick = (t: number): void => {
      const s = timeline.getState();
      if (!s.playing) return;
      if (last >= 0) acc += t - last;
      last = t;
      const interval = 1000 / (BASE_FPS * s.speed);
      if (acc >= interval) {
        acc = Math.min(acc - interval, interval);
        const n = s.frames.length;
        const stopAt = s.playUntil ?? n - 1;
        if (s.index >= stopAt) {
          // At the end: wait for more frames while computing, else stop.
          if (s.playUntil !== null || s.status !== 'computing') {
            s.pause();
            return;
          }
        } else timeline.setState({ index: s.index + 1 });
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [playing]);
}
