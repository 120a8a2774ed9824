import type { Frame, Scenario } from '../engine/types';

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
