import { parseRoute } from '../../engine/permalink';
import { createSimClient } from '../../worker/simClient';

/**
 * The app's one model runner. main.tsx imports this module first, so the
 * worker starts, and starts computing the link's scenario, while the rest of
 * the app (React, the shell) is still being evaluated: on a 2-core laptop
 * that is a few hundred milliseconds earlier than the page's own first run.
 */
export const client = createSimClient();

if (typeof window !== 'undefined' && parseRoute(window.location.hash).page === 'sim') client.speculate(window.location.hash);
