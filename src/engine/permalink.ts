import LZString from 'lz-string';
import { LIMITS } from './limits';
import { nonDefaultParams } from './params';
import type { AnySimDefinition, Scenario } from './types';
import { validateScenario, type Validated } from './validateScenario';

/**
 * Permalinks: `#/<sim>?s=<scenario>`. The scenario part is compact JSON
 * without `sim` (it is in the route) and without default params, compressed
 * with lz-string into URL-safe characters. The frame travels as `&f=<i>` so
 * a person can read and edit it. Whole thing capped at LIMITS.maxLinkChars.
 */
export function encodeScenario(scenario: Scenario, def: AnySimDefinition): string {
  const body: Record<string, unknown> = {};
  const params = nonDefaultParams(def.params, scenario.params);
  if (Object.keys(params).length) body.params = params;
  if (scenario.seed !== 1) body.seed = scenario.seed;
  if (scenario.ops.length) body.ops = scenario.ops;
  const s = LZString.compressToEncodedURIComponent(JSON.stringify(body));
  return withFrame(`#/${scenario.sim}?s=${s}`, scenario.frame);
}

/** A link without a frame (`#/<sim>?s=…`) made to open at `frame`. */
export function withFrame(link: string, frame: number | undefined): string {
  return frame !== undefined ? `${link}&f=${frame}` : link;
}

/**
 * The link without its frame, when `hash` is exactly `#/<sim>?s=<scenario>`
 * with an optional `&f=<digits>` (the shape encodeScenario writes); else null.
 */
export function frameFreeLink(hash: string, sim: string): string | null {
  const m = /^#\/([^?&#]+)\?s=([A-Za-z0-9+\-$]*)(&f=\d+)?$/.exec(hash);
  return m && m[1] === sim ? `#/${sim}?s=${m[2]}` : null;
}

export type Route = { page: 'catalog' } | { page: 'sim'; sim: string; query: URLSearchParams };

/** A malformed escape (`%E0%A4`) is kept as typed: the page then says there is no such simulation. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parse the part of a URL from `#` on (or a full URL containing one). */
export function parseRoute(hashOrUrl: string): Route {
  const at = hashOrUrl.indexOf('#');
  const hash = at >= 0 ? hashOrUrl.slice(at + 1) : hashOrUrl;
  const path = hash.replace(/^\/+/, '');
  const q = path.indexOf('?');
  const sim = (q >= 0 ? path.slice(0, q) : path).replace(/\/+$/, '');
  if (!sim) return { page: 'catalog' };
  return { page: 'sim', sim: safeDecode(sim), query: new URLSearchParams(q >= 0 ? path.slice(q + 1) : '') };
}

/**
 * Decode and validate a permalink. A link with no `s` opens the simulation's
 * default scenario. Every failure is a list of plain messages.
 */
export function decodePermalink(hashOrUrl: string, findSim: (id: string) => AnySimDefinition | undefined): Validated {
  const at = hashOrUrl.indexOf('#');
  const hash = at >= 0 ? hashOrUrl.slice(at) : hashOrUrl;
  if (hash.length > LIMITS.maxLinkChars) {
    return { ok: false, errors: [`link: too long (${hash.length} characters; at most ${LIMITS.maxLinkChars})`] };
  }
  const route = parseRoute(hash);
  if (route.page !== 'sim') return { ok: false, errors: ['link: names no simulation (expected #/<simulation>?s=…)'] };
  const def = findSim(route.sim);
  if (!def) return { ok: false, errors: [`link: unknown simulation "${route.sim.slice(0, 40)}"`] };
  const s = route.query.get('s');
  let body: Record<string, unknown> = { ...def.defaultScenario };
  if (s !== null) {
    // lz-string turns '+' into ' ' through URLSearchParams; undo that.
    const json = LZString.decompressFromEncodedURIComponent(s.replace(/ /g, '+'));
    if (!json) return { ok: false, errors: ['link: the scenario part is damaged (it does not decompress)'] };
    try {
      const parsed: unknown = JSON.parse(json);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return { ok: false, errors: ['link: the scenario part is not a scenario object'] };
      }
      body = parsed as Record<string, unknown>;
    } catch {
      return { ok: false, errors: ['link: the scenario part is damaged (it is not valid JSON)'] };
    }
  }
  const f = route.query.get('f');
  const raw: Record<string, unknown> = { ...body, sim: def.id };
  delete raw.frame;
  if (f !== null) raw.frame = /^\d+$/.test(f) ? Number(f) : f;
  return validateScenario(raw, findSim);
}
