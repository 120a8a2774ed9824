import { Catalog } from './Catalog';
import { ErrorBanner } from './ErrorBanner';
import { SimPage } from './SimPage';
import { ThemeToggle } from './ThemeToggle';
import { useEffect } from 'react';
import { preloadSim } from './store/appStore';
import { SIM_IDS, useDefinition } from './simDefinitions';
import { useRoutePage } from './useHashRoute';

export function App() {
  const page = useRoutePage();
  const known = page !== '' && SIM_IDS.includes(page);
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/">
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
            <circle cx="12" cy="3" r="2.4" fill="var(--c1)" />
            <circle cx="19.8" cy="16.5" r="2.4" fill="var(--c2)" />
            <circle cx="4.2" cy="16.5" r="2.4" fill="var(--c3)" />
          </svg>
          <span>System Design Playground</span>
        </a>
        <nav className="topnav" aria-label="Main">
          <a href="#/">Catalog</a>
          <ThemeToggle />
        </nav>
      </header>
      {known ? (
        <SimRoute key={page} id={page} />
      ) : (
        <>
          {page !== '' && (
            <ErrorBanner
              fixed={{
                title: 'This link does not open a simulation',
                messages: [`There is no simulation called "${page.slice(0, 60)}". Pick one from the catalog below.`],
              }}
            />
          )}
          <Catalog />
        </>
      )}
    </div>
  );
}

function SimRoute({ id }: { id: string }) {
  // Fetch the view's and the worker's code alongside the definition, not after the first frame.
  useEffect(() => preloadSim(id), [id]);
  const def = useDefinition(id);
  if (def.status === 'ready') return <SimPage def={def.value} />;
  if (def.status === 'error') {
    return <ErrorBanner fixed={{ title: 'This simulation could not be loaded', messages: [def.message, 'Reload the page to try again.'] }} />;
  }
  return (
    <main className="sim-page">
      <div className="view-area view-loading">Loading the simulation…</div>
    </main>
  );
}
