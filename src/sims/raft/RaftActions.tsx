import { useId, useState } from 'react';
import type { ActionsProps } from '../../app/simUi';
import { nextCommand, crashOrRestart, timeoutOp } from './serverOps';
import type { RaftHighlight, RaftParams, RaftState } from './types';

const GROUPS = ['A', 'B', 'C'] as const;

/** Side-panel actions: act on a server, send a client request, cut or heal the network. */
export function RaftActions({ frame, act }: ActionsProps<RaftState, RaftHighlight, RaftParams>) {
  const state = frame.state;
  const at = state.time;
  const uid = useId();
  const [server, setServer] = useState('S1');
  const [command, setCommand] = useState('x=1');
  const [target, setTarget] = useState('leader');
  const [groupOf, setGroupOf] = useState<Record<string, string>>({});
  const node = state.nodes.find((n) => n.id === server) ?? state.nodes[0];
  const group = (id: string) => groupOf[id] ?? (state.nodes.findIndex((n) => n.id === id) < Math.ceil(state.nodes.length / 2) - 1 ? 'A' : 'B');
  const groups = GROUPS.map((g) => state.nodes.filter((n) => group(n.id) === g).map((n) => n.id)).filter((g) => g.length > 0);

  return (
    <div className="stack raft-actions">
      <p className="muted small">Actions happen at {at} ms (this frame) and replace what came after it.</p>
      <fieldset className="stack">
        <legend>Server</legend>
        <div className="row">
          <label htmlFor={`${uid}-server`}>Server</label>
          <select id={`${uid}-server`} value={node.id} onChange={(e) => setServer(e.target.value)}>
            {state.nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.id} ({n.alive ? n.role : 'down'})
              </option>
            ))}
          </select>
        </div>
        <div className="row">
          <button type="button" onClick={() => act(crashOrRestart(node, at))}>
            {node.alive ? 'Crash' : 'Restart'}
          </button>
          <button type="button" disabled={!node.alive || node.role === 'leader'} onClick={() => act(timeoutOp(node, at))}>
            Time out
          </button>
        </div>
      </fieldset>
      <fieldset className="stack">
        <legend>Client request</legend>
        <div className="row">
          <label htmlFor={`${uid}-cmd`}>Command</label>
          <input id={`${uid}-cmd`} value={command} maxLength={40} size={8} onChange={(e) => setCommand(e.target.value)} />
          <label htmlFor={`${uid}-to`}>Send to</label>
          <select id={`${uid}-to`} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="leader">the leader</option>
            {state.nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.id}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="primary"
          disabled={command.trim() === ''}
          onClick={() => {
            act(target === 'leader' ? { op: 'request', command: command.trim(), at } : { op: 'request', command: command.trim(), node: target, at });
            setCommand(nextCommand(command.trim()));
          }}
        >
          Send request
        </button>
      </fieldset>
      <fieldset className="stack">
        <legend>Network</legend>
        <div className="raft-partition-picker">
          {state.nodes.map((n) => (
            <div key={n.id} className="row">
              <label htmlFor={`${uid}-g-${n.id}`}>{n.id} group</label>
              <select id={`${uid}-g-${n.id}`} value={group(n.id)} onChange={(e) => setGroupOf({ ...groupOf, [n.id]: e.target.value })}>
                {GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <div className="row">
          <button type="button" disabled={groups.length < 2} onClick={() => act({ op: 'partition', groups, at })}>
            Partition
          </button>
          <button type="button" disabled={state.partition === null} onClick={() => act({ op: 'heal', at })}>
            Heal
          </button>
        </div>
      </fieldset>
    </div>
  );
}
