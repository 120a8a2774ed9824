import type { z } from 'zod';
import type { ParamDecl, ParamValues } from './params';

/** A user action, recorded in the scenario. Every op has an `op` name. */
export interface Op {
  op: string;
  /** Simulated milliseconds, for time-driven simulations. */
  at?: number;
  [field: string]: unknown;
}

/** The single source of truth (DESIGN.md §2). */
export interface Scenario<O extends Op = Op> {
  sim: string;
  params: ParamValues;
  seed: number;
  ops: O[];
  /** Which frame to show (0-based); default: the last one. */
  frame?: number;
}

/** What a model yields: one snapshot, tagged with the op that produced it. */
export interface ModelFrame<S = unknown, H = unknown> {
  /** Index in `ops` of the op that produced this frame, or null. */
  op: number | null;
  /** One plain sentence: what just happened. */
  caption: string;
  state: S;
  highlight?: H;
}

/** A frame as the timeline, the worker and the trace CLI see it. */
export interface Frame<S = unknown, H = unknown> extends ModelFrame<S, H> {
  i: number;
}

export interface Example {
  /** Stable id, used in e2e specs and the README. */
  id: string;
  title: string;
  /** One line: what the example shows. */
  description: string;
  scenario: Omit<Scenario, 'sim'>;
}

/**
 * A simulation, framework-free: everything the worker, the trace CLI and the
 * validation need. Its React view lives beside it in `ui.tsx`.
 */
export interface SimDefinition<P extends ParamValues = ParamValues, O extends Op = Op, S = unknown, H = unknown> {
  /** kebab-case; also the route (`#/<id>`) and the folder name. */
  id: string;
  title: string;
  /** One line: what it teaches. */
  tagline: string;
  /** Topics for the catalog filter. */
  topics: string[];
  /** Where the model comes from (paper, book, library). */
  source: string;
  /** Structure sims apply ops in order; timed sims schedule them by `at`. */
  timing: 'ordered' | 'timed';
  params: readonly ParamDecl[];
  /** Cross-parameter rules the declarations cannot express. */
  checkParams?: (params: P) => string[];
  /** Schema of one op (a discriminated union on `op`). */
  opSchema: z.ZodType<O>;
  /** Rules on ops that need the params (e.g. node ids exist). */
  checkOps?: (ops: O[], params: P) => string[];
  /** Largest number of ops a scenario may hold. */
  maxOps?: number;
  /** The model: same input, same frames. Throw OpError to blame an op. */
  run: (params: P, seed: number, ops: O[]) => Iterable<ModelFrame<S, H>>;
  /** Violated invariants of a state (empty when all hold). */
  invariants: (state: S, params: P) => string[];
  /** Simulated time of a state, for time-driven sims (keeps the user near the same moment). */
  timeOf?: (state: S) => number;
  examples: Example[];
  /** What the page opens with. */
  defaultScenario: Omit<Scenario, 'sim'>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySimDefinition = SimDefinition<any, any, any, any>;

/** A model error blamed on one op (DESIGN.md §1: frames before it stay usable). */
export class OpError extends Error {
  constructor(
    message: string,
    readonly op: number | null,
  ) {
    super(message);
    this.name = 'OpError';
  }
}
