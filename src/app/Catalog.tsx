import { useMemo, useState } from 'react';
import { useAllDefinitions } from './simDefinitions';
import { thumbnailOf } from './simAssets';

/** `#/`: a card per working simulation, filterable by topic and text. */
export function Catalog() {
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState<string | null>(null);
  const sims = useAllDefinitions();
  const topics = useMemo(() => [...new Set((sims ?? []).flatMap((s) => s.topics))].sort(), [sims]);
  const q = query.trim().toLowerCase();
  const shown = (sims ?? []).filter(
    (s) =>
      (!topic || s.topics.includes(topic)) &&
      (!q || [s.title, s.tagline, ...s.topics].some((t) => t.toLowerCase().includes(q))),
  );
  return (
    <main className="catalog">
      <section className="hero">
        <h1>See distributed-systems building blocks work, step by step</h1>
        <p className="muted">
          Pick a simulation, drag its parameters, inject faults, step backwards to see what led to a split or an election, and
          share a link that reopens exactly that moment.
        </p>
      </section>
      <div className="catalog-filters" role="search">
        <label className="sr-only" htmlFor="catalog-search">
          Search simulations
        </label>
        <input
          id="catalog-search"
          type="search"
          placeholder="Search simulations…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="chips" role="group" aria-label="Filter by topic">
          <button type="button" className="chip" aria-pressed={topic === null} onClick={() => setTopic(null)}>
            All
          </button>
          {topics.map((t) => (
            <button key={t} type="button" className="chip" aria-pressed={topic === t} onClick={() => setTopic(topic === t ? null : t)}>
              {t}
            </button>
          ))}
        </div>
      </div>
      <ul className="cards" aria-label="Simulations">
        {shown.map((s) => (
          <li key={s.id}>
            <a className="card panel" href={`#/${s.id}`} data-testid={`card-${s.id}`}>
              <img src={thumbnailOf(s.id)} alt="" width={320} height={180} loading="lazy" />
              <h2>{s.title}</h2>
              <p>{s.tagline}</p>
              <span className="card-topics">{s.topics.join(' · ')}</span>
            </a>
          </li>
        ))}
      </ul>
      {sims === null && <p className="muted">Loading the simulations…</p>}
      {sims !== null && shown.length === 0 && <p className="muted">No simulation matches “{query}”.</p>}
    </main>
  );
}
