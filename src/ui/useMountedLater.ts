import { useEffect, useState } from 'react';

/**
 * False on a component's first render, true from the task after it mounted.
 * A view with a heavy first mount (a 20,000-frame Raft timeline, a
 * 10^5-call chart history) draws its main picture in one task and its
 * secondary panels in the next, so the page paints and stays responsive in
 * between instead of running one 100+ ms task. Later renders are unaffected.
 */
export function useMountedLater(): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setLater(true), 0);
    return () => clearTimeout(t);
  }, []);
  return later;
}
