import { memo, useId, useState, type FormEvent } from 'react';
import type { ActionsProps } from '../../app/simUi';
import { RING_LIMITS } from './ops';
import type { HashRingHighlight, HashRingParams, HashRingState, RingNode } from './types';

// Mirrors the op schema's rule, so the buttons only send ops that validate.
const printable = /^[^\p{C}]+$/u;
const validName = (s: string, max: number) => s.length > 0 && s.length <= max && printable.test(s);

function suggestNode(taken: ReadonlySet<string>): string {
  for (let c = 97; c <= 122; c++) if (!taken.has(`cache-${String.fromCharCode(c)}`)) return `cache-${String.fromCharCode(c)}`;
  for (let i = 1; ; i++) if (!taken.has(`cache-${i}`)) return `cache-${i}`;
}

type Props = ActionsProps<HashRingState, HashRingHighlight, HashRingParams>;

/** Add/remove nodes, add/remove/look up keys, add a batch of keys. */
export function HashRingActions({ frame, act }: Props) {
  // The forms depend on the nodes only: frames that share them (a lookup's steps) skip re-rendering the forms.
  return <RingForms nodes={frame.state.nodes} act={act} />;
}

const RingForms = memo(function RingForms({ nodes, act }: { nodes: readonly RingNode[]; act: Props['act'] }) {
  const id = useId();
  const taken = new Set(nodes.map((n) => n.id));
  const [nodeName, setNodeName] = useState('');
  const [weight, setWeight] = useState(1);
  const [removeChoice, setRemoveChoice] = useState('');
  const [key, setKey] = useState('user:42');
  const [count, setCount] = useState(100);

  const name = nodeName.trim() || suggestNode(taken);
  const nameOk = validName(name, RING_LIMITS.nameChars);
  const weightOk = Number.isInteger(weight) && weight >= 1 && weight <= 1000;
  const toRemove = taken.has(removeChoice) ? removeChoice : (nodes[nodes.length - 1]?.id ?? '');
  const keyOk = validName(key, RING_LIMITS.keyChars);
  const countOk = Number.isInteger(count) && count >= 1 && count <= RING_LIMITS.maxKeys;

  const submit = (e: FormEvent, fn: () => void) => {
    e.preventDefault();
    fn();
  };
  return (
    <div className="hr-actions stack">
      <form className="hr-form" onSubmit={(e) => submit(e, () => nameOk && weightOk && (act({ op: 'addNode', node: name, weight }), setNodeName('')))}>
        <div className="field hr-grow">
          <label htmlFor={`${id}-node`}>Node name</label>
          <input id={`${id}-node`} value={nodeName} placeholder={suggestNode(taken)} maxLength={RING_LIMITS.nameChars} onChange={(e) => setNodeName(e.target.value)} />
        </div>
        <div className="field hr-narrow">
          <label htmlFor={`${id}-weight`}>Weight</label>
          <input id={`${id}-weight`} type="number" min={1} max={1000} step={1} value={weight} onChange={(e) => setWeight(Number(e.target.value))} />
        </div>
        <button type="submit" className="primary" disabled={!nameOk || !weightOk}>
          Add node
        </button>
      </form>
      <form className="hr-form" onSubmit={(e) => submit(e, () => toRemove && act({ op: 'removeNode', node: toRemove }))}>
        <div className="field hr-grow">
          <label htmlFor={`${id}-remove`}>Node to remove</label>
          <select id={`${id}-remove`} value={toRemove} disabled={nodes.length === 0} onChange={(e) => setRemoveChoice(e.target.value)}>
            {nodes.length === 0 && <option value="">No nodes</option>}
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.id}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={!toRemove}>
          Remove node
        </button>
      </form>
      <form className="hr-form" onSubmit={(e) => submit(e, () => keyOk && act({ op: 'lookup', key }))}>
        <div className="field hr-full">
          <label htmlFor={`${id}-key`}>Key</label>
          <input id={`${id}-key`} value={key} maxLength={RING_LIMITS.keyChars} onChange={(e) => setKey(e.target.value)} />
        </div>
        <div className="row">
          <button type="submit" disabled={!keyOk}>
            Look up
          </button>
          <button type="button" disabled={!keyOk} onClick={() => act({ op: 'addKey', key })}>
            Add key
          </button>
          <button type="button" disabled={!keyOk} onClick={() => act({ op: 'removeKey', key })}>
            Remove key
          </button>
        </div>
      </form>
      <form className="hr-form" onSubmit={(e) => submit(e, () => countOk && act({ op: 'addKeys', count }))}>
        <div className="field hr-grow">
          <label htmlFor={`${id}-count`}>Batch size</label>
          <input id={`${id}-count`} type="number" min={1} max={RING_LIMITS.maxKeys} step={1} value={count} onChange={(e) => setCount(Number(e.target.value))} />
        </div>
        <button type="submit" disabled={!countOk}>
          Generate keys
        </button>
      </form>
      <p className="muted small">Generate keys adds that many new keys, like user:4821, drawn from the scenario's seed. A scenario holds at most {RING_LIMITS.maxKeys.toLocaleString('en-US')} keys.</p>
    </div>
  );
});
