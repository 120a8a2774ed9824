import { formatIssues } from './formatIssues';
import { LIMITS } from './limits';
import { describeValue, validateParams } from './params';
import type { AnySimDefinition, Op, Scenario } from './types';

export type Validated = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

const TOP_KEYS = new Set(['sim', 'params', 'seed', 'ops', 'frame']);

/**
 * Validate an untrusted scenario (from a link, a file or stdin) against the
 * registry. Every problem is reported, each naming the field, the rule and
 * the value received.
 */
export function validateScenario(raw: unknown, findSim: (id: string) => AnySimDefinition | undefined): Validated {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [`scenario: must be a JSON object, got ${describeValue(raw)}`] };
  }
  const rec = raw as Record<string, unknown>;
  const errors: string[] = [];
  for (const k of Object.keys(rec)) if (!TOP_KEYS.has(k)) errors.push(`${k}: unknown field (a scenario has sim, params, seed, ops, frame)`);

  const simId = rec.sim;
  const def = typeof simId === 'string' ? findSim(simId) : undefined;
  if (!def) {
    errors.push(
      typeof simId === 'string'
        ? `sim: unknown simulation ${describeValue(simId)}`
        : `sim: must be a simulation id, got ${describeValue(simId)}`,
    );
    return { ok: false, errors };
  }

  const params = validateParams(def.params, rec.params);
  errors.push(...params.errors);
  if (params.errors.length === 0 && def.checkParams) errors.push(...def.checkParams(params.value));

  let seed = 1;
  if (rec.seed !== undefined) {
    if (typeof rec.seed !== 'number' || !Number.isInteger(rec.seed) || rec.seed < 0 || rec.seed > 0xffffffff) {
      errors.push(`seed: must be an integer from 0 to 4294967295, got ${describeValue(rec.seed)}`);
    } else seed = rec.seed;
  }

  let ops: Op[] = [];
  const maxOps = def.maxOps ?? LIMITS.maxOps;
  if (rec.ops !== undefined) {
    if (!Array.isArray(rec.ops)) errors.push(`ops: must be a list, got ${describeValue(rec.ops)}`);
    else if (rec.ops.length > maxOps) errors.push(`ops: too many ops (${rec.ops.length}); at most ${maxOps}`);
    else {
      const opErrors: string[] = [];
      rec.ops.forEach((o, i) => {
        const r = def.opSchema.safeParse(o);
        if (r.success) ops.push(r.data as Op);
        else opErrors.push(...formatIssues(`ops[${i}]`, o, r.error.issues));
      });
      if (opErrors.length > 20) errors.push(...opErrors.slice(0, 20), `ops: ${opErrors.length - 20} more problems`);
      else errors.push(...opErrors);
      if (opErrors.length === 0 && params.errors.length === 0 && def.checkOps) errors.push(...def.checkOps(ops, params.value));
      if (opErrors.length) ops = [];
    }
  }

  let frame: number | undefined;
  if (rec.frame !== undefined) {
    if (typeof rec.frame !== 'number' || !Number.isInteger(rec.frame) || rec.frame < 0) {
      errors.push(`frame: must be a frame index (an integer ≥ 0), got ${describeValue(rec.frame)}`);
    } else frame = rec.frame;
  }

  if (errors.length) return { ok: false, errors };
  const scenario: Scenario = { sim: def.id, params: params.value, seed, ops };
  if (frame !== undefined) scenario.frame = frame;
  return { ok: true, scenario };
}
