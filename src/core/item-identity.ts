import { diffArrays } from 'diff';
import { identityKey, similarity, stem, wordSet } from './item-similarity.js';
import { UnicodeRegExp } from './unicode-regexp.js';

/**
 * Which Progress item of one version is which item of the other.
 *
 * 1. Every item is reduced to its key: its text (already without the leading timestamp and the
 *    `(completed: …; remaining: …)` tail), without a separator left at its start (`-`, `:`, `：`,
 *    `—`), white space folded, a final full stop dropped, lower-cased.
 * 2. The two lists of keys are aligned as a line diff aligns lines (Myers' algorithm, `diffArrays`
 *    of the `diff` package): items with equal keys in the common subsequence are the same item.
 * 3. Inside each stretch that changed (items removed from the base next to items added in the
 *    head), items are paired by similarity: the Dice coefficient of their word sets (see
 *    `similarity`; a partial item's words include its `completed` and `remaining` parts), plus a small bonus for the same relative position in the stretch. Pairs are
 *    taken best first; a pair needs a similarity of at least `PAIR_THRESHOLD`, or, when the stretch
 *    holds exactly one item on each side (an item rewritten in place), `IN_PLACE_THRESHOLD`.
 * 4. Items still alone are paired across stretches when their keys are equal or their similarity is
 *    at least `MOVE_THRESHOLD` (an item moved elsewhere).
 * What stays alone was added (head) or removed (base).
 */

export const PAIR_THRESHOLD = 0.3;
export const IN_PLACE_THRESHOLD = 0.15;
export const MOVE_THRESHOLD = 0.6;
/** Weight of the position in a stretch, next to similarity (which runs from 0 to 1). */
const FIRST_WORD = new UnicodeRegExp(String.raw`[\p{L}\p{N}_]+`, 'u');
const POSITION_WEIGHT = 0.1;
/** Bonus for the same first word. */
const OPENING_WEIGHT = 0.05;
/**
 * Bounds for hostile input (real plans have at most a few hundred items): beyond this many
 * candidate pairs in one stretch, or among the items left for the moved-item pass, only equal
 * keys are paired; beyond this many edits, the diff stops and everything is one stretch.
 */
const MAX_STRETCH_PAIRS = 250_000;
const MAX_EDIT_LENGTH = 2_000;

export interface ItemPair {
  /** Index in the base list. */
  readonly base: number;
  /** Index in the head list. */
  readonly head: number;
}

export interface ItemMatch {
  readonly pairs: readonly ItemPair[];
  /** Base indexes with no counterpart, in order. */
  readonly removed: readonly number[];
  /** Head indexes with no counterpart, in order. */
  readonly added: readonly number[];
}

/** One item as compared: its text, and more words that count for similarity only. */
export interface ComparedItem {
  readonly text: string;
  /** For a partial item, its `completed` and `remaining` parts: the pieces it may be split into. */
  readonly detail?: string;
}

interface Side {
  readonly keys: readonly string[];
  readonly words: (index: number) => ReadonlySet<string>;
  readonly opening: (index: number) => string;
}

function side(items: readonly ComparedItem[]): Side {
  const keys = items.map((item) => identityKey(item.text));
  const cache = new Map<number, ReadonlySet<string>>();
  return {
    keys,
    words: (i) => {
      let set = cache.get(i);
      if (!set) cache.set(i, (set = wordSet(items[i].detail ? `${keys[i]} ${items[i].detail}` : keys[i])));
      return set;
    },
    opening: (i) => stem(FIRST_WORD.exec(keys[i])?.[0] ?? ''),
  };
}

/** Pairs the items of two versions, given in order. */
export function matchItems(baseItems: readonly ComparedItem[], headItems: readonly ComparedItem[]): ItemMatch {
  const base = side(baseItems);
  const head = side(headItems);
  const pairs: ItemPair[] = [];
  const lonelyBase: number[] = [];
  const lonelyHead: number[] = [];

  let b = 0;
  let h = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const closeStretch = (): void => {
    if (removed.length || added.length) pairStretch(base, head, removed, added, pairs, lonelyBase, lonelyHead);
    removed = [];
    added = [];
  };
  // Beyond MAX_EDIT_LENGTH the versions share next to nothing: one stretch holds everything.
  const changes = diffArrays([...base.keys], [...head.keys], { maxEditLength: MAX_EDIT_LENGTH }) ?? [
    { value: [...base.keys], count: base.keys.length, removed: true, added: false },
    { value: [...head.keys], count: head.keys.length, removed: false, added: true },
  ];
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) for (let i = 0; i < count; i++) removed.push(b++);
    else if (change.added) for (let i = 0; i < count; i++) added.push(h++);
    else {
      closeStretch();
      for (let i = 0; i < count; i++) pairs.push({ base: b++, head: h++ });
    }
  }
  closeStretch();

  // Moved items: alone in their stretches, but equal or very close to an item elsewhere.
  const equalOnly = lonelyBase.length * lonelyHead.length > MAX_STRETCH_PAIRS;
  const moved = bestFirst(
    base,
    head,
    lonelyBase,
    lonelyHead,
    (s) => s >= MOVE_THRESHOLD,
    () => 0,
    equalOnly,
  );
  pairs.push(...moved);
  const pairedBase = new Set(moved.map((p) => p.base));
  const pairedHead = new Set(moved.map((p) => p.head));
  pairs.sort((x, y) => x.head - y.head);
  return {
    pairs,
    removed: lonelyBase.filter((i) => !pairedBase.has(i)),
    added: lonelyHead.filter((i) => !pairedHead.has(i)),
  };
}

function pairStretch(
  base: Side,
  head: Side,
  removed: readonly number[],
  added: readonly number[],
  pairs: ItemPair[],
  lonelyBase: number[],
  lonelyHead: number[],
): void {
  const inPlace = removed.length === 1;
  const threshold = inPlace ? IN_PLACE_THRESHOLD : PAIR_THRESHOLD;
  // Relative position of an item in its side of the stretch: the middle of its slot, 0 to 1.
  const slots = (list: readonly number[]) => new Map(list.map((item, k) => [item, (k + 0.5) / list.length]));
  const [baseSlot, headSlot] = [slots(removed), slots(added)];
  const found =
    removed.length * added.length > MAX_STRETCH_PAIRS
      ? bestFirst(
          base,
          head,
          removed,
          added,
          (s) => s >= 1,
          () => 0,
          true,
        )
      : bestFirst(
          base,
          head,
          removed,
          added,
          (s) => s >= threshold,
          (bi, hi) =>
            POSITION_WEIGHT * (1 - Math.abs(baseSlot.get(bi)! - headSlot.get(hi)!)) +
            (base.opening(bi) !== '' && base.opening(bi) === head.opening(hi) ? OPENING_WEIGHT : 0),
        );
  pairs.push(...found);
  const pairedBase = new Set(found.map((p) => p.base));
  const pairedHead = new Set(found.map((p) => p.head));
  lonelyBase.push(...removed.filter((i) => !pairedBase.has(i)));
  lonelyHead.push(...added.filter((i) => !pairedHead.has(i)));
}

/**
 * Pairs base and head items best first: each candidate pair whose similarity passes `accept` is
 * scored by similarity plus `bonus`, and pairs are taken by falling score (ties: earlier items
 * first), each item at most once. With `equalOnly`, only items with equal keys are candidates.
 */
function bestFirst(
  base: Side,
  head: Side,
  baseIndexes: readonly number[],
  headIndexes: readonly number[],
  accept: (similarity: number) => boolean,
  bonus: (base: number, head: number) => number,
  equalOnly = false,
): ItemPair[] {
  const candidates: { base: number; head: number; score: number }[] = [];
  if (equalOnly) {
    const byKey = new Map<string, number[]>();
    for (const hi of headIndexes) byKey.set(head.keys[hi], [...(byKey.get(head.keys[hi]) ?? []), hi]);
    for (const bi of baseIndexes)
      for (const hi of byKey.get(base.keys[bi]) ?? []) candidates.push({ base: bi, head: hi, score: 1 });
  } else {
    for (const bi of baseIndexes) {
      for (const hi of headIndexes) {
        const s = base.keys[bi] === head.keys[hi] ? 1 : similarity(base.words(bi), head.words(hi));
        if (accept(s)) candidates.push({ base: bi, head: hi, score: s + bonus(bi, hi) });
      }
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.base - y.base || x.head - y.head);
  const usedBase = new Set<number>();
  const usedHead = new Set<number>();
  const pairs: ItemPair[] = [];
  for (const c of candidates) {
    if (usedBase.has(c.base) || usedHead.has(c.head)) continue;
    usedBase.add(c.base);
    usedHead.add(c.head);
    pairs.push({ base: c.base, head: c.head });
  }
  return pairs;
}
