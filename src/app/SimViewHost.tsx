import { Component, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AnySimDefinition } from '../engine/types';
import { useSimPart } from './simAssets';
import { timeline, useTimeline } from './store/appStore';
import { frameAt } from './store/timelineStore';

class ViewErrorBoundary extends Component<{ children: ReactNode; resetKey: unknown }, { error: Error | null; key: unknown }> {
  state = { error: null as Error | null, key: undefined as unknown };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  static getDerivedStateFromProps(props: { resetKey: unknown }, state: { error: Error | null; key: unknown }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }
  render() {
    if (this.state.error) {
      return (
        <div className="view-error" role="alert">
          This frame could not be drawn ({this.state.error.message}). The timeline and controls still work.
        </div>
      );
    }
    return this.props.children;
  }
}

/**
 * How long a page that has drawn nothing yet waits for the frame its link
 * names, once frames are streaming in, before it draws the first frame
 * instead (the playback bar counts the frames meanwhile). Drawing frame 0 of
 * a run whose linked frame arrives a moment later would show a frame the
 * person did not ask for and cost the page a whole extra first render
 * (100+ ms for Raft's graph) on the way. Longer runs show frame 0 after this.
 */
export const LINK_GRACE_MS = 1000;

/** Renders the simulation's lazily loaded View or Actions with the current frame. */
export function SimViewHost({ def, part }: { def: AnySimDefinition; part: 'View' | 'Actions' }) {
  const Part = useSimPart(def.id, part);
  const index = useTimeline((s) => s.index);
  // Re-render when the first frame arrives, not on every streamed batch; and
  // once the frames before a link's frame sent ahead have all arrived.
  const hasFrames = useTimeline((s) => s.count > 0 || s.ahead !== null);
  useTimeline((s) => s.count > s.index);
  const scenario = useTimeline((s) => s.scenario);
  const playing = useTimeline((s) => s.playing);
  const lastProps = useRef<object | null>(null);
  // The link's frame is still being computed.
  const awaitingTarget = useTimeline((s) => s.target !== null && s.status === 'computing');
  const [graceOver, setGraceOver] = useState(false);
  const inGrace = lastProps.current === null && hasFrames && awaitingTarget && !graceOver;
  useEffect(() => {
    if (!inGrace) return;
    const t = setTimeout(() => setGraceOver(true), LINK_GRACE_MS);
    return () => clearTimeout(t);
  }, [inGrace]);
  const frames = timeline.getState().frames;
  const frame = frameAt(timeline.getState(), index);
  let props: object | null = lastProps.current;
  if (hasFrames && scenario && frame && timeline.getState().def === def && !inGrace) {
    props = {
      frame,
      prev: frames[index - 1] ?? null,
      frames,
      index,
      count: frames.length,
      params: scenario.params,
      scenario,
      act: timeline.getState().act,
      playing,
    };
    lastProps.current = props;
  }
  // While a recomputed run has no frame yet, keep showing the last one (so
  // the view does not flash and the actions keep what the user typed).
  if (!props) {
    return part === 'View' ? <div className="view-area view-loading">{inGrace ? 'Computing the frame this link opens…' : 'Computing the first frame…'}</div> : null;
  }
  const fallback = part === 'View' ? <div className="view-area view-loading">Loading the view…</div> : <p className="muted">Loading…</p>;
  const body = Part ? (
    <ViewErrorBoundary resetKey={index}>
      <Part {...props} />
    </ViewErrorBoundary>
  ) : (
    fallback
  );
  return part === 'View' ? <div className="view-area">{body}</div> : body;
}
