import type { AnySimDefinition } from '../engine/types';
import { validateScenario } from '../engine/validateScenario';
import { finderFor } from './simDefinitions';
import { bannerStore, timeline } from './store/appStore';

/** Named example scenarios; choosing one is a new history entry. */
export function ExamplesMenu({ def }: { def: AnySimDefinition }) {
  if (def.examples.length === 0) return null;
  return (
    <label className="examples">
      <span className="sr-only">Examples</span>
      <select
        aria-label="Examples"
        value=""
        onChange={(e) => {
          const ex = def.examples.find((x) => x.id === e.target.value);
          if (!ex) return;
          const r = validateScenario({ ...ex.scenario, sim: def.id }, finderFor(def));
          if (!r.ok) {
            bannerStore.getState().show({ title: `The example “${ex.title}” is invalid`, messages: r.errors });
            return;
          }
          bannerStore.getState().dismiss();
          timeline.getState().load(def, r.scenario, undefined, true);
        }}
      >
        <option value="" disabled>
          Examples…
        </option>
        {def.examples.map((ex) => (
          <option key={ex.id} value={ex.id} title={ex.description}>
            {ex.title}
          </option>
        ))}
      </select>
    </label>
  );
}
