import type { Frame, Scenario } from '../engine/types';
import type { Validated } from '../engine/validateScenario';

/** Messages between the UI and the model worker (lib-neutral: no DOM/WebWorker types). */
export type ToWorker =
  | { type: 'run'; runId: number; scenario: Scenario }
  | { type: 'cancel'; runId: number }
  /** The page has painted the frame sent ahead (`ahead`): the worker sends the frames before it. */
  | { type: 'resume'; runId: number }
  /**
   * The page's link, sent as the page starts: the worker decodes it and starts
   * computing at once; the page's first `run` adopts that run when its scenario
   * is the same (handleMessage.ts).
   */
  | { type: 'speculate'; hash: string };

export type FromWorker =
  | { type: 'frames'; runId: number; frames: Frame[] }
  /**
   * The frame a link opens (the run's `scenario.frame`), sent as soon as it is
   * computed, before the frames leading to it, which follow in order
   * (timelineRunner.ts). Its `i` says where it belongs.
   */
  | { type: 'ahead'; runId: number; frame: Frame }
  | { type: 'done'; runId: number; total: number }
  | { type: 'error'; runId: number; op: number | null; message: string; total: number };

/**
 * The speculated link, decoded and validated by the worker (null: not a
 * simulation's link), sent once, outside any run: the page uses it instead of
 * decoding the same link again on the main thread (for a 1,000-op link that
 * is ~130 ms of decompressing and schema checks).
 */
export interface DecodedLink {
  type: 'decoded';
  hash: string;
  result: Validated | null;
}
