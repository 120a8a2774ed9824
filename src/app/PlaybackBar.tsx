import { Icon } from '../ui/Icon';
import { runnerMode, timeline, useTimeline } from './store/appStore';
import { knownCount } from './store/timelineStore';

const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32];

/** Play/pause, step, first/last, speed, scrubber and the `i / n` counter (DESIGN.md §6). */
export function PlaybackBar() {
  const index = useTimeline((s) => s.index);
  // A link's frame sent ahead counts as computed: the frames before it are on their way.
  const count = useTimeline(knownCount);
  const status = useTimeline((s) => s.status);
  const playing = useTimeline((s) => s.playing);
  const speed = useTimeline((s) => s.speed);
  const { togglePlay, step, setIndex, setSpeed, pause } = timeline.getState();
  const last = Math.max(0, count - 1);
  const empty = count === 0;
  return (
    <div className="playback" data-testid="playback" data-status={status} data-runner={runnerMode()} role="group" aria-label="Playback">
      <div className="playback-buttons">
        <button
          type="button"
          data-testid="first-frame"
          aria-label="First frame"
          title="First frame (Home)"
          disabled={empty || index === 0}
          onClick={() => {
            pause();
            setIndex(0);
          }}
        >
          <Icon name="first" />
        </button>
        <button type="button" data-testid="step-back" aria-label="Step back" title="Step back (←)" disabled={empty || index === 0} onClick={() => step(-1)}>
          <Icon name="back" />
        </button>
        <button
          type="button"
          className="primary play"
          data-testid="play"
          aria-label={playing ? 'Pause' : 'Play'}
          aria-pressed={playing}
          title="Play / pause (Space)"
          disabled={empty}
          onClick={togglePlay}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          data-testid="step-forward"
          aria-label="Step forward"
          title="Step forward (→)"
          disabled={empty || index >= last}
          onClick={() => step(1)}
        >
          <Icon name="forward" />
        </button>
        <button
          type="button"
          data-testid="last-frame"
          aria-label="Last frame"
          title="Last frame (End)"
          disabled={empty || index >= last}
          onClick={() => {
            pause();
            setIndex(last);
          }}
        >
          <Icon name="last" />
        </button>
      </div>
      <input
        type="range"
        className="scrubber"
        data-testid="timeline"
        aria-label="Timeline"
        aria-valuetext={`Frame ${index + 1} of ${count}`}
        min={0}
        max={last}
        step={1}
        value={Math.min(index, last)}
        disabled={empty}
        onChange={(e) => {
          pause();
          setIndex(Number(e.target.value));
        }}
      />
      <span className="frame-counter mono" data-testid="frame-counter" aria-label="Frame">
        {empty ? 0 : index + 1} / {count}
        {status === 'computing' && <span className="computing" title="Still computing"> …</span>}
      </span>
      <label className="speed">
        <span>Speed</span>
        <select data-testid="speed-select" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
