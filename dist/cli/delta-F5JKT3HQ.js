import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  diffArrays
} from "./chunk-B27LL6B7.js";
import {
  formatDelta,
  formatDeltaMarkdown,
  parseOrFail,
  readOrFail,
  toDeltaJson
} from "./chunk-PW74B7ZX.js";
import "./chunk-WO66M3XG.js";
import {
  loadConfig
} from "./chunk-VBWXL4SO.js";
import {
  displayPath,
  repositoryRoot
} from "./chunk-6PBQQLDQ.js";
import {
  EXIT_OK,
  PROGRESS_FORMATS,
  UsageError,
  formatOf,
  parseCommand
} from "./chunk-LGYYJPEW.js";
import "./chunk-PPUYP3TJ.js";
import "./chunk-L7GMDCVL.js";
import "./chunk-OL54AZMW.js";
import {
  summariseProgress
} from "./chunk-KTUVPLMJ.js";
import "./chunk-T6NT5P3X.js";
import "./chunk-LUL3YT75.js";
import "./chunk-OFXZ4FKC.js";

// src/cli/commands/delta.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// src/core/item-similarity.ts
var LEADING_SEPARATOR = /^[\s\-–—:：·•|]+/u;
function identityKey(text) {
  return text.replace(LEADING_SEPARATOR, "").replace(/\s+/gu, " ").trim().replace(/\s*[.。]$/u, "").toLowerCase();
}
var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
var WORD = /[\p{L}\p{N}_]+/gu;
var STOP_WORDS = new Set(
  "a an and as at be by for from in into is it of on or so the to with without was were this that all".split(" ")
);
var STEM_LENGTH = 5;
var stem = (word) => [...word].slice(0, STEM_LENGTH).join("");
function wordSet(text) {
  const words = /* @__PURE__ */ new Set();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (UNSPACED.test(word)) {
      for (const [part] of word.matchAll(
        /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu
      )) {
        if (UNSPACED.test(part)) {
          const chars = [...part];
          if (chars.length === 1) words.add(chars[0]);
          for (let i = 0; i + 1 < chars.length; i++) words.add(chars[i] + chars[i + 1]);
        } else if (!STOP_WORDS.has(part)) words.add(stem(part));
      }
    } else if (!STOP_WORDS.has(word)) words.add(stem(word));
  }
  return words;
}
function similarity(a, b) {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return 2 * shared / (a.size + b.size);
}

// src/core/item-identity.ts
var PAIR_THRESHOLD = 0.3;
var IN_PLACE_THRESHOLD = 0.15;
var MOVE_THRESHOLD = 0.6;
var POSITION_WEIGHT = 0.1;
var OPENING_WEIGHT = 0.05;
var MAX_STRETCH_PAIRS = 25e4;
var MAX_EDIT_LENGTH = 2e3;
function side(items) {
  const keys = items.map((item) => identityKey(item.text));
  const cache = /* @__PURE__ */ new Map();
  return {
    keys,
    words: (i) => {
      let set = cache.get(i);
      if (!set) cache.set(i, set = wordSet(items[i].detail ? `${keys[i]} ${items[i].detail}` : keys[i]));
      return set;
    },
    opening: (i) => stem(/[\p{L}\p{N}_]+/u.exec(keys[i])?.[0] ?? "")
  };
}
function matchItems(baseItems, headItems) {
  const base = side(baseItems);
  const head = side(headItems);
  const pairs = [];
  const lonelyBase = [];
  const lonelyHead = [];
  let b = 0;
  let h = 0;
  let removed = [];
  let added = [];
  const closeStretch = () => {
    if (removed.length || added.length) pairStretch(base, head, removed, added, pairs, lonelyBase, lonelyHead);
    removed = [];
    added = [];
  };
  const changes = diffArrays([...base.keys], [...head.keys], { maxEditLength: MAX_EDIT_LENGTH }) ?? [
    { value: [...base.keys], count: base.keys.length, removed: true, added: false },
    { value: [...head.keys], count: head.keys.length, removed: false, added: true }
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
  const equalOnly = lonelyBase.length * lonelyHead.length > MAX_STRETCH_PAIRS;
  const moved = bestFirst(
    base,
    head,
    lonelyBase,
    lonelyHead,
    (s) => s >= MOVE_THRESHOLD,
    () => 0,
    equalOnly
  );
  pairs.push(...moved);
  const pairedBase = new Set(moved.map((p) => p.base));
  const pairedHead = new Set(moved.map((p) => p.head));
  pairs.sort((x, y) => x.head - y.head);
  return {
    pairs,
    removed: lonelyBase.filter((i) => !pairedBase.has(i)),
    added: lonelyHead.filter((i) => !pairedHead.has(i))
  };
}
function pairStretch(base, head, removed, added, pairs, lonelyBase, lonelyHead) {
  const inPlace = removed.length === 1;
  const threshold = inPlace ? IN_PLACE_THRESHOLD : PAIR_THRESHOLD;
  const slots = (list) => new Map(list.map((item, k) => [item, (k + 0.5) / list.length]));
  const [baseSlot, headSlot] = [slots(removed), slots(added)];
  const found = removed.length * added.length > MAX_STRETCH_PAIRS ? bestFirst(
    base,
    head,
    removed,
    added,
    (s) => s >= 1,
    () => 0,
    true
  ) : bestFirst(
    base,
    head,
    removed,
    added,
    (s) => s >= threshold,
    (bi, hi) => POSITION_WEIGHT * (1 - Math.abs(baseSlot.get(bi) - headSlot.get(hi))) + (base.opening(bi) !== "" && base.opening(bi) === head.opening(hi) ? OPENING_WEIGHT : 0)
  );
  pairs.push(...found);
  const pairedBase = new Set(found.map((p) => p.base));
  const pairedHead = new Set(found.map((p) => p.head));
  lonelyBase.push(...removed.filter((i) => !pairedBase.has(i)));
  lonelyHead.push(...added.filter((i) => !pairedHead.has(i)));
}
function bestFirst(base, head, baseIndexes, headIndexes, accept, bonus, equalOnly = false) {
  const candidates = [];
  if (equalOnly) {
    const byKey = /* @__PURE__ */ new Map();
    for (const hi of headIndexes) byKey.set(head.keys[hi], [...byKey.get(head.keys[hi]) ?? [], hi]);
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
  const usedBase = /* @__PURE__ */ new Set();
  const usedHead = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const c of candidates) {
    if (usedBase.has(c.base) || usedHead.has(c.head)) continue;
    usedBase.add(c.base);
    usedHead.add(c.head);
    pairs.push({ base: c.base, head: c.head });
  }
  return pairs;
}

// src/core/delta.ts
var counts = (summary) => summary ? { total: summary.total, completed: summary.completed, percent: summary.percent } : { total: 0, completed: 0, percent: 0 };
var toDeltaItem = (item, isNew = false) => ({
  line: item.line,
  text: item.text,
  timestamp: item.timestamp,
  ...isNew ? { isNew } : {}
});
function progressDelta(base, head, sections) {
  const baseSummary = base ? summariseProgress(base, sections?.Progress) : void 0;
  return compareProgress(baseSummary, summariseProgress(head, sections?.Progress));
}
function compareProgress(baseSummary, headSummary) {
  const baseItems = baseSummary?.items ?? [];
  const headItems = headSummary.items;
  const compared = (i) => i.completed !== void 0 ? { text: i.text, detail: `${i.completed} ${i.remaining ?? ""}` } : { text: i.text };
  const match = matchItems(baseItems.map(compared), headItems.map(compared));
  const counterpart = new Map(match.pairs.map((p) => [p.head, baseItems[p.base]]));
  const completed = [];
  const reopened = [];
  const reworded = [];
  headItems.forEach((item, index) => {
    const before = counterpart.get(index);
    if (item.status === "done" && before?.status !== "done") completed.push(toDeltaItem(item, !before));
    if (before?.status === "done" && item.status !== "done") reopened.push(toDeltaItem(item));
    if (before && identityKey(before.text) !== identityKey(item.text)) {
      reworded.push({ ...toDeltaItem(item), baseLine: before.line, baseText: before.text, status: item.status });
    }
  });
  return {
    base: counts(baseSummary),
    head: counts(headSummary),
    new: baseSummary === void 0,
    completed,
    reopened,
    added: match.added.map((i) => toDeltaItem(headItems[i], true)),
    removed: match.removed.map((i) => toDeltaItem(baseItems[i])),
    reworded
  };
}

// src/cli/commands/delta.ts
async function run(args, io) {
  const { values, positionals } = parseCommand("delta", args, {
    json: { type: "boolean", default: false },
    format: { type: "string" },
    config: { type: "string" }
  });
  const format = formatOf("delta", PROGRESS_FORMATS, values);
  if (positionals.length !== 2)
    throw new UsageError('delta takes a base file and a head file ("-" as the base means a new plan).', "delta");
  const [basePath, headPath] = positionals;
  const { settings } = await loadConfig(values.config, io.cwd);
  const baseExists = basePath !== "-" && existsSync(resolve(io.cwd, basePath));
  const base = baseExists ? parseOrFail("delta", basePath, await readOrFail("delta", basePath, io)) : void 0;
  const head = parseOrFail("delta", headPath, await readOrFail("delta", headPath, io));
  const delta = progressDelta(base, head, settings.sections);
  const root = repositoryRoot(io.cwd);
  const shown = (path) => path === "-" ? path : displayPath(root, resolve(io.cwd, path));
  io.stdout(
    format === "json" ? JSON.stringify(toDeltaJson(delta), null, 2) + "\n" : format === "markdown" ? formatDeltaMarkdown(shown(basePath), shown(headPath), delta) : formatDelta(shown(basePath), shown(headPath), delta, io.colour)
  );
  return EXIT_OK;
}
export {
  run
};
