import { useEffect, useState } from 'react';

/**
 * 0 on a component's first render, then 1, 2, … up to `last`, one per task.
 * A view with a heavy first mount (Raft's graph, its 20,000-frame term
 * timeline; a 10^5-call chart history) mounts its parts in stages, so the
 * page paints and stays responsive between them instead of running one
 * 100+ ms task. Once at `last`, later renders are unaffected.
 */
export function useMountStage(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= last) return;
    const t = setTimeout(() => setStage((s) => s + 1), 0);
    return () => clearTimeout(t);
  }, [stage, last]);
  return stage;
}
