import { addKey, addKeys, removeKey } from './keyOps';
import { lookup } from './lookup';
import type { RingFrame, RingModel } from './model';
import { addNode, removeNode } from './nodeOps';
import type { HashRingOp } from './types';

/** The frames of one op. */
export function applyOp(model: RingModel, op: HashRingOp): Iterable<RingFrame> {
  switch (op.op) {
    case 'addNode':
      return addNode(model, op.node, op.weight ?? 1);
    case 'removeNode':
      return removeNode(model, op.node);
    case 'addKey':
      return addKey(model, op.key);
    case 'removeKey':
      return removeKey(model, op.key);
    case 'addKeys':
      return addKeys(model, op.count);
    case 'lookup':
      return lookup(model, op.key);
  }
}
