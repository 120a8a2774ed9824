import { Component, useRef, type ReactNode } from 'react';
import type { AnySimDefinition } from '../engine/types';
import { useSimPart } from './simAssets';
import { timeline, useTimeline } from './store/appStore';

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

/** Renders the simulation's lazily loaded View or Actions with the current frame. */
export function SimViewHost({ def, part }: { def: AnySimDefinition; part: 'View' | 'Actions' }) {
  const Part = useSimPart(def.id, part);
  const index = useTimeline((s) => s.index);
  // Re-render when the first frame arrives, not on every streamed batch.
  const hasFrames = useTimeline((s) => s.count > 0);
  const scenario = useTimeline((s) => s.scenario);
  const playing = useTimeline((s) => s.playing);
  const lastProps = useRef<object | null>(null);
  const frames = timeline.getState().frames;
  const frame = frames[index];
  let props: object | null = lastProps.current;
  if (hasFrames && scenario && frame && timeline.getState().def === def) {
    props = {
      frame,
      prev: index > 0 ? frames[index - 1] : null,
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
    return part === 'View' ? <div className="view-area view-loading">Computing the first frame…</div> : null;
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
