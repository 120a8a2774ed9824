import type { z } from 'zod';
import { describeValue } from './params';

/** Path like `ops[3].key` from a zod issue path. */
export function pathText(base: string, path: readonly PropertyKey[]): string {
  let s = base;
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : `.${String(p)}`;
  return s;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/**
 * Turn zod issues into messages that name the field, the rule and the value
 * received: `ops[3].key: must be an integer, got "x"`.
 */
export function formatIssues(base: string, root: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((iss) => {
    const got = valueAt(root, iss.path);
    const rule = iss.message;
    const suffix = iss.code === 'unrecognized_keys' ? '' : `, got ${describeValue(got)}`;
    return `${pathText(base, iss.path)}: ${rule}${suffix}`;
  });
}
