/**
 * Parameter declarations. One declaration drives validation, the param panel
 * (slider / select / toggle), permalink encoding (defaults are omitted) and
 * the README's parameter tables.
 */
interface ParamBase {
  /** Key in `scenario.params`. */
  key: string;
  /** Visible label; the param panel's control is labelled with it. */
  label: string;
  /** One plain line of help. */
  help: string;
}

export interface NumberParam extends ParamBase {
  kind: 'int' | 'number';
  min: number;
  max: number;
  step: number;
  unit?: string;
  default: number;
  /** A step that depends on other params (e.g. ketama vnodes move in 4s). */
  stepFor?: (params: ParamValues) => number;
}

export interface SelectParam extends ParamBase {
  kind: 'select';
  options: readonly { value: string; label: string }[];
  default: string;
}

export interface ToggleParam extends ParamBase {
  kind: 'toggle';
  default: boolean;
}

export type ParamDecl = NumberParam | SelectParam | ToggleParam;
export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

export function defaultParams(decls: readonly ParamDecl[]): ParamValues {
  const out: ParamValues = {};
  for (const d of decls) out[d.key] = d.default;
  return out;
}

/** Params that differ from their defaults (what a permalink needs to carry). */
export function nonDefaultParams(decls: readonly ParamDecl[], params: ParamValues): ParamValues {
  const out: ParamValues = {};
  for (const d of decls) if (params[d.key] !== undefined && params[d.key] !== d.default) out[d.key] = params[d.key];
  return out;
}

/** Describe a value for an error message without echoing huge input. */
export function describeValue(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function rangeText(d: NumberParam): string {
  const what = d.kind === 'int' ? 'an integer' : 'a number';
  return `must be ${what} from ${d.min} to ${d.max}${d.unit ? ` ${d.unit}` : ''}`;
}

/**
 * Validate raw params against their declarations. Missing params take their
 * defaults; unknown keys are errors (a typo should not be silently ignored).
 */
export function validateParams(
  decls: readonly ParamDecl[],
  raw: unknown,
  path = 'params',
): { value: ParamValues; errors: string[] } {
  const value = defaultParams(decls);
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { value, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(`${path}: must be an object, got ${describeValue(raw)}`);
    return { value, errors };
  }
  const rec = raw as Record<string, unknown>;
  const known = new Set(decls.map((d) => d.key));
  for (const k of Object.keys(rec)) {
    if (!known.has(k)) errors.push(`${path}.${k}: unknown parameter (known: ${[...known].join(', ')})`);
  }
  for (const d of decls) {
    if (!(d.key in rec)) continue;
    const v = rec[d.key];
    const p = `${path}.${d.key}`;
    if (d.kind === 'int' || d.kind === 'number') {
      const ok =
        typeof v === 'number' && Number.isFinite(v) && v >= d.min && v <= d.max && (d.kind === 'number' || Number.isInteger(v));
      if (!ok) errors.push(`${p}: ${rangeText(d)}, got ${describeValue(v)}`);
      else value[d.key] = v;
    } else if (d.kind === 'select') {
      if (typeof v !== 'string' || !d.options.some((o) => o.value === v)) {
        errors.push(`${p}: must be one of ${d.options.map((o) => `"${o.value}"`).join(', ')}, got ${describeValue(v)}`);
      } else value[d.key] = v;
    } else if (typeof v !== 'boolean') {
      errors.push(`${p}: must be true or false, got ${describeValue(v)}`);
    } else value[d.key] = v;
  }
  return { value, errors };
}
