import type { AnySimDefinition } from '../engine/types';
import { CaptionBox } from './CaptionBox';
import { CopyLinkButton } from './CopyLinkButton';
import { ErrorBanner } from './ErrorBanner';
import { ExamplesMenu } from './ExamplesMenu';
import { InvariantStatus } from './InvariantStatus';
import { ModelErrorNotice } from './ModelErrorNotice';
import { NoticeBar } from './NoticeBar';
import { ParamPanel } from './ParamPanel';
import { PlaybackBar } from './PlaybackBar';
import { SimViewHost } from './SimViewHost';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { usePlaybackClock } from './usePlaybackClock';
import { useHashRoute } from './useHashRoute';
import { useScenarioFromLink } from './useScenarioFromLink';

/** `#/<sim-id>`: one simulation with its view, playback, params and actions. */
/** Route → timeline, in its own component so URL writes re-render nothing else. */
function LinkSync({ def }: { def: AnySimDefinition }) {
  useScenarioFromLink(def, useHashRoute());
  return null;
}

export function SimPage({ def }: { def: AnySimDefinition }) {
  useKeyboardShortcuts();
  usePlaybackClock();
  return (
    <main className="sim-page">
      <LinkSync def={def} />
      <div className="sim-head">
        <div>
          <h1>{def.title}</h1>
          <p className="muted">{def.tagline}</p>
        </div>
        <div className="row">
          <ExamplesMenu def={def} />
          <CopyLinkButton />
        </div>
      </div>
      <ErrorBanner />
      <ModelErrorNotice />
      <NoticeBar />
      <div className="sim-layout">
        <section className="sim-main" aria-label="Simulation">
          <CaptionBox />
          <SimViewHost def={def} part="View" />
          <PlaybackBar />
        </section>
        <aside className="sim-side" aria-label="Controls">
          <InvariantStatus />
          <section className="panel side-block" aria-labelledby="actions-title">
            <h2 className="panel-title" id="actions-title">
              Actions
            </h2>
            <SimViewHost def={def} part="Actions" />
          </section>
          <ParamPanel def={def} />
          <section className="panel side-block about">
            <h2 className="panel-title">About this model</h2>
            <p>{def.source}</p>
            <p className="muted small">
              Keys: Space play/pause · ←/→ step · Home/End first/last frame. Any action you take at a frame replaces what came
              after it, and the link always reopens exactly this moment.
            </p>
          </section>
        </aside>
      </div>
    </main>
  );
}
