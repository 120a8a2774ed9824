// First: starts the worker on the link's scenario before anything else is evaluated.
import './store/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { parseRoute } from '../engine/permalink';
import { preloadSim } from './store/appStore';
import { initTheme } from './theme';
import './styles.css';
import './shell.css';

initTheme();
// Before React's first render: a permalink's simulation code starts loading now.
const route = parseRoute(window.location.hash);
if (route.page === 'sim') preloadSim(route.sim);
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
