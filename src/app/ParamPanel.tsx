import { useEffect, useRef, useState } from 'react';
import type { NumberParam, ParamDecl, ParamValues } from '../engine/params';
import { validateParams } from '../engine/params';
import type { AnySimDefinition } from '../engine/types';
import { useTimeline } from './store/appStore';

function ParamControl({ decl, value, params, onChange }: { decl: ParamDecl; value: unknown; params: ParamValues; onChange: (v: number | string | boolean) => void }) {
  const id = `param-${decl.key}`;
  const helpId = `${id}-help`;
  if (decl.kind === 'toggle') {
    return (
      <div className="field field-toggle">
        <label htmlFor={id}>
          <input id={id} type="checkbox" checked={value === true} aria-describedby={helpId} onChange={(e) => onChange(e.target.checked)} /> {decl.label}
        </label>
        <span className="help" id={helpId}>
          {decl.help}
        </span>
      </div>
    );
  }
  if (decl.kind === 'select') {
    return (
      <div className="field">
        <label htmlFor={id}>{decl.label}</label>
        <select id={id} value={String(value)} aria-describedby={helpId} onChange={(e) => onChange(e.target.value)}>
          {decl.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <span className="help" id={helpId}>
          {decl.help}
        </span>
      </div>
    );
  }
  const d = decl as NumberParam;
  const step = d.stepFor?.(params) ?? d.step;
  // A range input counts steps from `min`: align min to the step (ketama's vnodes move in 4s from 4).
  const min = step > 1 ? Math.ceil(d.min / step) * step : d.min;
  const num = typeof value === 'number' ? value : d.default;
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{d.label}</label>
        <output htmlFor={id} className="mono">
          {num}
          {d.unit ? ` ${d.unit}` : ''}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={d.max}
        step={step}
        value={num}
        aria-describedby={helpId}
        aria-valuetext={`${num}${d.unit ? ` ${d.unit}` : ''}`}
        onChange={(e) => onChange(d.kind === 'int' ? Math.round(Number(e.target.value)) : Number(e.target.value))}
      />
      <span className="help" id={helpId}>
        {d.help}
      </span>
    </div>
  );
}

/**
 * Sliders/selects/toggles generated from the simulation's declarations.
 * A change recomputes the run (debounced while dragging); a combination the
 * simulation rejects is explained here and the current run is kept.
 */
export function ParamPanel({ def }: { def: AnySimDefinition }) {
  const params = useTimeline((s) => s.scenario?.params);
  const setParams = useTimeline((s) => s.setParams);
  const [draft, setDraft] = useState<ParamValues | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // A new run from elsewhere (link, example) replaces any unapplied draft.
  useEffect(() => {
    setDraft(null);
    setProblems([]);
  }, [params]);
  if (!params) return null;
  const shown = draft ?? params;
  const change = (key: string, v: number | string | boolean): void => {
    const next = { ...shown, [key]: v };
    setDraft(next);
    const base = validateParams(def.params, next);
    const errs = base.errors.length ? base.errors : (def.checkParams?.(base.value) ?? []);
    setProblems(errs);
    clearTimeout(timer.current);
    if (errs.length === 0) timer.current = setTimeout(() => setParams(base.value), 150);
  };
  return (
    <section className="panel side-block params" aria-labelledby="params-title">
      <h2 className="panel-title" id="params-title">
        Parameters
      </h2>
      <div className="stack">
        {def.params.map((d) => (
          <ParamControl key={d.key} decl={d} value={shown[d.key]} params={shown} onChange={(v) => change(d.key, v)} />
        ))}
      </div>
      {problems.length > 0 && (
        <div className="param-problems" role="alert">
          <strong>Not applied:</strong>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
