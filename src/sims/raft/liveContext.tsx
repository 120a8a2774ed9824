import { createContext } from 'react';
import type { FlightMessage } from './LinkEdge';

/**
 * What changes on (nearly) every frame in the cluster graph: the election
 * timer arcs, the servers the event concerns, and the messages in flight.
 * It reaches the custom node and edge components through context, so the
 * React Flow node and edge objects themselves stay the same from frame to
 * frame and React Flow has nothing to update.
 */
export interface ServerLive {
  /** Remaining fraction of each server's election timer, or null when none runs (leaders, down servers). */
  timers: ReadonlyMap<string, number | null>;
  /** Servers the frame's event concerns. */
  active: ReadonlySet<string>;
}

export const ServerLiveContext = createContext<ServerLive>({ timers: new Map(), active: new Set() });

/** Messages in flight (and the one just delivered), by link id ("A|B", A < B). */
export const FlightContext = createContext<ReadonlyMap<string, readonly FlightMessage[]>>(new Map());
