import type { ComponentType } from 'react';
import type { ParamValues } from '../engine/params';
import type { Frame, Op, Scenario } from '../engine/types';

/**
 * What the shell gives a simulation's view. The view renders `frame` and
 * animates from `prev` (elements keyed by stable ids; CSS transitions on
 * transform/opacity, disabled under prefers-reduced-motion by the shell's CSS).
 */
export interface ViewProps<S = unknown, H = unknown, P extends ParamValues = ParamValues> {
  frame: Frame<S, H>;
  /** The frame shown before this one (null on first paint). */
  prev: Frame<S, H> | null;
  /**
   * Every frame computed so far (for history charts); `frames[index] === frame`,
   * except while a link's frame, sent ahead, is shown before the frames leading
   * to it have arrived: then `frames` ends before `index` (the view is drawn
   * again once they are in).
   */
  frames: readonly Frame<S, H>[];
  index: number;
  params: P;
  scenario: Scenario;
  /** Perform an action at the current frame: it becomes a new op, the future is dropped. */
  act: (op: Op) => void;
  /** True while the playback is running (views may skip heavy transitions). */
  playing: boolean;
}

/** The simulation's own action controls (insert/delete/crash …), shown in the side panel. */
export type ActionsProps<S = unknown, H = unknown, P extends ParamValues = ParamValues> = Omit<ViewProps<S, H, P>, 'prev'>;

/** A simulation's React side: the default export of `src/sims/<id>/ui.tsx`. */
export interface SimUi<S = unknown, H = unknown, P extends ParamValues = ParamValues> {
  View: ComponentType<ViewProps<S, H, P>>;
  Actions?: ComponentType<ActionsProps<S, H, P>>;
}
