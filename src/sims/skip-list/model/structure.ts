import { createPrng, nextFloat, type Prng } from '../../../engine/prng';

/**
 * The model's working skip list: linked nodes with forward pointers, as in
 * Pugh (1990) "Skip Lists: A Probabilistic Alternative to Balanced Trees",
 * plus a span on every link as in Redis's zskiplist (t_zset.c). Spans are
 * always kept (they cost one number per link and give every node's index for
 * free); the `spans` param decides whether they are shown and queried.
 *
 * Levels are 1-based in captions and in the public state; the arrays below
 * are 0-based (`forward[0]` is the level-1 pointer), as in Redis.
 */
export interface SNode {
  /** NaN for the head. */
  readonly key: number;
  /** How many levels the node is linked on right now (its tower height). */
  level: number;
  /** `forward[i]`: the next node on level i+1, or null (NIL). */
  readonly forward: (SNode | null)[];
  /** `span[i]`: how many level-1 steps `forward[i]` jumps (Redis zskiplistLevel.span). */
  readonly span: number[];
}

export interface SkipList {
  readonly head: SNode;
  /** The list's level: the tallest tower, 0 when empty (Pugh and Redis start at 1; an empty head has nothing to show). */
  level: number;
  length: number;
  readonly p: number;
  readonly maxLevel: number;
  /** Seeded coin (and key source for insertMany); its state lives here, not in a closure. */
  readonly prng: Prng;
}

export function createNode(key: number, height: number): SNode {
  return {
    key,
    level: 0,
    forward: new Array<SNode | null>(height).fill(null),
    span: new Array<number>(height).fill(0),
  };
}

export function createSkipList(p: number, maxLevel: number, seed: number): SkipList {
  const head = createNode(Number.NaN, maxLevel);
  head.level = maxLevel;
  return { head, level: 0, length: 0, p, maxLevel, prng: createPrng(seed) };
}

/** The outcome of Pugh's randomLevel(), with every flip kept so frames can show them. */
export interface LevelDraw {
  level: number;
  /** true = heads (grow), false = tails (stop). */
  flips: boolean[];
  /** The tower stopped because it reached maxLevel, not because of tails. */
  capped: boolean;
}

/**
 * Pugh 1990 §2, randomLevel(): start at level 1 and grow while a coin with
 * probability p comes up heads, up to MaxLevel. Pugh stops flipping at
 * MaxLevel (Redis flips on and clamps; the distribution is the same).
 */
export function drawLevel(list: SkipList): LevelDraw {
  let level = 1;
  const flips: boolean[] = [];
  while (level < list.maxLevel) {
    const heads = nextFloat(list.prng) < list.p;
    flips.push(heads);
    if (!heads) return { level, flips, capped: false };
    level++;
  }
  return { level, flips, capped: true };
}
