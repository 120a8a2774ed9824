import { describe, expect, it } from 'vitest';
import { BOX, clusterLayout, NODE_SIZE, progressAt, timerLeft } from './layout';
import { timelineHistory } from './tenures';
import { initialState } from './model';
import { defaultParams } from '../../engine/params';
import { raftSim } from './definition';
import type { RaftParams } from './types';

const ids = ['S1', 'S2', 'S3', 'S4', 'S5'];

describe('cluster layout', () => {
  it('puts a whole network on one ring inside the box, S1 on top', () => {
    const { centers, groups } = clusterLayout(ids, null);
    expect(groups).toEqual([]);
    expect(centers.S1.x).toBe(BOX.width / 2);
    expect(centers.S1.y).toBe(NODE_SIZE / 2 + 6);
    for (const id of ids) {
      expect(centers[id].x).toBeGreaterThanOrEqual(NODE_SIZE / 2);
      expect(centers[id].x).toBeLessThanOrEqual(BOX.width - NODE_SIZE / 2);
    }
  });

  it('puts each partition group in its own column, left to right', () => {
    const { centers, groups } = clusterLayout(ids, [['S1', 'S2'], ['S3', 'S4', 'S5']]);
    expect(groups.map((g) => g.members)).toEqual([['S1', 'S2'], ['S3', 'S4', 'S5']]);
    expect(groups[0].x + groups[0].width).toBeLessThan(groups[1].x);
    for (const id of ['S1', 'S2']) expect(centers[id].x).toBeLessThan(groups[0].x + groups[0].width);
    for (const id of ['S3', 'S4', 'S5']) expect(centers[id].x).toBeGreaterThan(groups[1].x);
  });

  it('interpolates messages and timers by time', () => {
    expect(progressAt({ sentAt: 100, deliverAt: 120 }, 105)).toBe(0.25);
    expect(progressAt({ sentAt: 100, deliverAt: 120 }, 130)).toBe(1);
    expect(timerLeft({ setAt: 0, at: 200 }, 50)).toBe(0.75);
    expect(timerLeft(null, 50)).toBeNull();
  });
});

describe('timeline history', () => {
  it('turns frames into leadership and downtime spans', () => {
    const s0 = initialState(defaultParams(raftSim.params) as RaftParams, 1);
    const lead = { ...s0, time: 50, nodes: s0.nodes.map((n) => (n.id === 'S1' ? { ...n, role: 'leader' as const, term: 1 } : n)) };
    const crash = { ...lead, time: 90, nodes: lead.nodes.map((n) => (n.id === 'S1' ? { ...n, role: 'follower' as const, alive: false } : n)) };
    const h = timelineHistory([s0, lead, crash]);
    expect(h.leads).toEqual([{ id: 'lead-S1-1-50', server: 'S1', from: 50, to: 90, term: 1 }]);
    expect(h.down).toEqual([{ id: 'down-S1-90', server: 'S1', from: 90, to: null, term: 1 }]);
  });
});
