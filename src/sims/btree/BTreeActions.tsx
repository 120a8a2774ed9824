import { useId, useState, type FormEvent } from 'react';
import type { ActionsProps } from '../../app/simUi';
import { KEY_LIMIT } from './bulk';
import type { BTreeHighlight, BTreeParams, BTreeState } from './types';

/** Mirrors the op schema, so the buttons only send ops that validate. */
const keyOk = (s: string): boolean => /^-?\d+$/.test(s.trim()) && Math.abs(Number(s)) <= KEY_LIMIT;

/** Insert / delete / search a typed key, insert N keys, range scan, clear. */
export function BTreeActions({ act, frame }: ActionsProps<BTreeState, BTreeHighlight, BTreeParams>) {
  const id = useId();
  const [key, setKey] = useState('17');
  const [count, setCount] = useState('50');
  const [pattern, setPattern] = useState<'random' | 'ascending' | 'descending'>('random');
  const [from, setFrom] = useState('10');
  const [to, setTo] = useState('40');
  const k = Number(key);
  const n = Number(count);
  const countOk = /^\d+$/.test(count.trim()) && n >= 1 && n <= 20_000;
  const rangeOk = keyOk(from) && keyOk(to) && Number(from) <= Number(to);
  const submit = (e: FormEvent, fn: () => void) => {
    e.preventDefault();
    fn();
  };
  return (
    <div className="bt-actions stack">
      <form onSubmit={(e) => submit(e, () => keyOk(key) && act({ op: 'insert', key: k }))}>
        <div className="field bt-grow">
          <label htmlFor={`${id}-key`}>Key</label>
          <input id={`${id}-key`} inputMode="numeric" value={key} onChange={(e) => setKey(e.target.value)} aria-invalid={!keyOk(key)} />
        </div>
        <button type="submit" className="primary" disabled={!keyOk(key)}>
          Insert
        </button>
        <button type="button" disabled={!keyOk(key)} onClick={() => act({ op: 'delete', key: k })}>
          Delete
        </button>
        <button type="button" disabled={!keyOk(key)} onClick={() => act({ op: 'search', key: k })}>
          Search
        </button>
      </form>
      <form onSubmit={(e) => submit(e, () => countOk && act({ op: 'insertMany', count: n, pattern }))}>
        <div className="field bt-narrow">
          <label htmlFor={`${id}-count`}>How many</label>
          <input id={`${id}-count`} inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} aria-invalid={!countOk} />
        </div>
        <div className="field bt-grow">
          <label htmlFor={`${id}-pattern`}>Pattern</label>
          <select id={`${id}-pattern`} value={pattern} onChange={(e) => setPattern(e.target.value as typeof pattern)}>
            <option value="random">Random</option>
            <option value="ascending">Ascending</option>
            <option value="descending">Descending</option>
          </select>
        </div>
        <button type="submit" disabled={!countOk}>
          Insert {countOk ? n : 'N'} keys
        </button>
      </form>
      <form onSubmit={(e) => submit(e, () => rangeOk && act({ op: 'range', from: Number(from), to: Number(to) }))}>
        <div className="field bt-narrow">
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} inputMode="numeric" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field bt-narrow">
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} inputMode="numeric" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
        <button type="submit" disabled={!rangeOk}>
          Range scan
        </button>
      </form>
      <div className="row">
        <button type="button" disabled={!frame.state.root} onClick={() => act({ op: 'clear' })}>
          Clear tree
        </button>
      </div>
    </div>
  );
}
