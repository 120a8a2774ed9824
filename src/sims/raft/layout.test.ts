import { describe, expect, it } from 'vitest';
import { clusterLayout, NODE_SIZE, progressAt, timerLeft, type ClusterLayout } from './layout';
import { timelineHistory } from './tenures';
import { initialState } from './model';
import { defaultParams } from '../../engine/params';
import { raftSim } from './definition';
import type { RaftParams } from './types';

const ids = ['S1', 'S2', 'S3', 'S4', 'S5'];

describe('cluster layout', () => {
  it('puts a whole network on one ring inside the box, S1 on top', () => {
    const { box, centers, groups } = clusterLayout(ids, null);
    expect(groups).toEqual([]);
    expect(centers.S1.x).toBe(box.width / 2);
    expect(centers.S1.y).toBe(NODE_SIZE / 2 + 6);
    for (const id of ids) {
      expect(centers[id].x).toBeGreaterThanOrEqual(NODE_SIZE / 2);
      expect(centers[id].x).toBeLessThanOrEqual(box.width - NODE_SIZE / 2);
    }
  });

  it('puts each partition group in its own column when wide, left to right', () => {
    const { centers, groups } = clusterLayout(ids, [['S1', 'S2'], ['S3', 'S4', 'S5']]);
    expect(groups.map((g) => g.members)).toEqual([['S1', 'S2'], ['S3', 'S4', 'S5']]);
    expect(groups[0].x + groups[0].width).toBeLessThan(groups[1].x);
    for (const id of ['S1', 'S2']) expect(centers[id].x).toBeLessThan(groups[0].x + groups[0].width);
    for (const id of ['S3', 'S4', 'S5']) expect(centers[id].x).toBeGreaterThan(groups[1].x);
  });

  it('stacks groups when tall', () => {
    const { groups } = clusterLayout(ids, [['S1', 'S2'], ['S3', 'S4', 'S5']], 'tall');
    expect(groups[0].y + groups[0].height).toBeLessThan(groups[1].y);
  });

  /** No two servers overlap and every server sits inside its group. */
  function wellPlaced(l: ClusterLayout): boolean {
    const pts = Object.values(l.centers);
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) if (Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y) < NODE_SIZE) return false;
    return l.groups.every((g) =>
      g.members.every((id) => {
        const p = l.centers[id];
        return p.x - NODE_SIZE / 2 >= g.x - 1 && p.x + NODE_SIZE / 2 <= g.x + g.width + 1 && p.y - NODE_SIZE / 2 >= g.y - 1 && p.y + NODE_SIZE / 2 <= g.y + g.height + 1;
      }),
    );
  }

  it('servers never overlap and stay inside their group, for every cluster size and grouping shape', () => {
    for (const orientation of ['wide', 'tall'] as const) {
      for (let n = 3; n <= 9; n++) {
        const all = Array.from({ length: n }, (_, i) => `S${i + 1}`);
        expect(wellPlaced(clusterLayout(all, null, orientation)), `${orientation} ${n}`).toBe(true);
        for (let k = 2; k <= n; k++) {
          // k groups: the first k-1 hold one server each, the last the rest.
          const groups = [...all.slice(0, k - 1).map((id) => [id]), all.slice(k - 1)];
          expect(wellPlaced(clusterLayout(all, groups, orientation)), `${orientation} ${n} servers, ${k} groups`).toBe(true);
          const halves = [all.slice(0, Math.floor(n / 2)), all.slice(Math.floor(n / 2))];
          expect(wellPlaced(clusterLayout(all, halves, orientation)), `${orientation} ${n} halves`).toBe(true);
        }
      }
    }
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
