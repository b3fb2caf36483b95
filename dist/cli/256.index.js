export const id = 256;
export const ids = [256];
export const modules = {

/***/ 5256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/base.js
var base = __webpack_require__(3102);
;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/array.js

class ArrayDiff extends base/* default */.A {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}

;// CONCATENATED MODULE: ./src/core/item-identity.ts

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
const PAIR_THRESHOLD = 0.3;
const IN_PLACE_THRESHOLD = 0.15;
const MOVE_THRESHOLD = 0.6;
/** Weight of the position in a stretch, next to similarity (which runs from 0 to 1). */
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
const LEADING_SEPARATOR = /^[\s\-–—:：·•|]+/u;
/** The text two items are compared by. */
function item_identity_identityKey(text) {
    return text
        .replace(LEADING_SEPARATOR, '')
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(/\s*[.。]$/u, '')
        .toLowerCase();
}
/** Scripts written without spaces between words: compared by pairs of characters instead. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}_]+/gu;
/** Words too common to say two items are about the same thing. */
const STOP_WORDS = new Set('a an and as at be by for from in into is it of on or so the to with without was were this that all'.split(' '));
/** Words are cut to this length: a crude stem, so that `Replace`/`Replaced` and `test`/`tests` meet. */
const STEM_LENGTH = 5;
const stem = (word) => [...word].slice(0, STEM_LENGTH).join('');
/**
 * The word set of a text: lower-cased runs of letters, digits and `_`, stop words dropped, each cut
 * to its first five characters; a run in Chinese, Japanese or Korean script gives its pairs of
 * adjacent characters (and a lone character itself), since those scripts do not (or not always)
 * separate words by spaces.
 */
function wordSet(text) {
    const words = new Set();
    for (const [word] of text.toLowerCase().matchAll(WORD)) {
        if (UNSPACED.test(word)) {
            // Split the run into its unspaced-script part(s) and the rest (`API를` → `api`, `를`).
            for (const [part] of word.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu)) {
                if (UNSPACED.test(part)) {
                    const chars = [...part];
                    if (chars.length === 1)
                        words.add(chars[0]);
                    for (let i = 0; i + 1 < chars.length; i++)
                        words.add(chars[i] + chars[i + 1]);
                }
                else if (!STOP_WORDS.has(part))
                    words.add(stem(part));
            }
        }
        else if (!STOP_WORDS.has(word))
            words.add(stem(word));
    }
    return words;
}
/** Dice's coefficient of two word sets: twice the shared words over the sum of the sizes, 0 to 1. */
function similarity(a, b) {
    if (a.size === 0 && b.size === 0)
        return 1;
    let shared = 0;
    for (const w of a)
        if (b.has(w))
            shared++;
    return (2 * shared) / (a.size + b.size);
}
function side(items) {
    const keys = items.map((item) => item_identity_identityKey(item.text));
    const cache = new Map();
    return {
        keys,
        words: (i) => {
            let set = cache.get(i);
            if (!set)
                cache.set(i, (set = wordSet(items[i].detail ? `${keys[i]} ${items[i].detail}` : keys[i])));
            return set;
        },
        opening: (i) => stem(/[\p{L}\p{N}_]+/u.exec(keys[i])?.[0] ?? ''),
    };
}
/** Pairs the items of two versions, given in order. */
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
        if (removed.length || added.length)
            pairStretch(base, head, removed, added, pairs, lonelyBase, lonelyHead);
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
        if (change.removed)
            for (let i = 0; i < count; i++)
                removed.push(b++);
        else if (change.added)
            for (let i = 0; i < count; i++)
                added.push(h++);
        else {
            closeStretch();
            for (let i = 0; i < count; i++)
                pairs.push({ base: b++, head: h++ });
        }
    }
    closeStretch();
    // Moved items: alone in their stretches, but equal or very close to an item elsewhere.
    const equalOnly = lonelyBase.length * lonelyHead.length > MAX_STRETCH_PAIRS;
    const moved = bestFirst(base, head, lonelyBase, lonelyHead, (s) => s >= MOVE_THRESHOLD, () => 0, equalOnly);
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
function pairStretch(base, head, removed, added, pairs, lonelyBase, lonelyHead) {
    const inPlace = removed.length === 1;
    const threshold = inPlace ? IN_PLACE_THRESHOLD : PAIR_THRESHOLD;
    // Relative position of an item in its side of the stretch: the middle of its slot, 0 to 1.
    const slots = (list) => new Map(list.map((item, k) => [item, (k + 0.5) / list.length]));
    const [baseSlot, headSlot] = [slots(removed), slots(added)];
    const found = removed.length * added.length > MAX_STRETCH_PAIRS
        ? bestFirst(base, head, removed, added, (s) => s >= 1, () => 0, true)
        : bestFirst(base, head, removed, added, (s) => s >= threshold, (bi, hi) => POSITION_WEIGHT * (1 - Math.abs(baseSlot.get(bi) - headSlot.get(hi))) +
            (base.opening(bi) !== '' && base.opening(bi) === head.opening(hi) ? OPENING_WEIGHT : 0));
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
function bestFirst(base, head, baseIndexes, headIndexes, accept, bonus, equalOnly = false) {
    const candidates = [];
    if (equalOnly) {
        const byKey = new Map();
        for (const hi of headIndexes)
            byKey.set(head.keys[hi], [...(byKey.get(head.keys[hi]) ?? []), hi]);
        for (const bi of baseIndexes)
            for (const hi of byKey.get(base.keys[bi]) ?? [])
                candidates.push({ base: bi, head: hi, score: 1 });
    }
    else {
        for (const bi of baseIndexes) {
            for (const hi of headIndexes) {
                const s = base.keys[bi] === head.keys[hi] ? 1 : similarity(base.words(bi), head.words(hi));
                if (accept(s))
                    candidates.push({ base: bi, head: hi, score: s + bonus(bi, hi) });
            }
        }
    }
    candidates.sort((x, y) => y.score - x.score || x.base - y.base || x.head - y.head);
    const usedBase = new Set();
    const usedHead = new Set();
    const pairs = [];
    for (const c of candidates) {
        if (usedBase.has(c.base) || usedHead.has(c.head))
            continue;
        usedBase.add(c.base);
        usedHead.add(c.head);
        pairs.push({ base: c.base, head: c.head });
    }
    return pairs;
}

// EXTERNAL MODULE: ./src/core/progress.ts + 1 modules
var progress = __webpack_require__(8199);
;// CONCATENATED MODULE: ./src/core/delta.ts


/**
 * The text items are compared by: without timestamp and partial tail, a leading separator,
 * white space folded, case and a final full stop ignored (see `item-identity.ts`).
 */
const itemKey = (item) => identityKey(item.text);
const counts = (summary) => summary
    ? { total: summary.total, completed: summary.completed, percent: summary.percent }
    : { total: 0, completed: 0, percent: 0 };
const toDeltaItem = (item, isNew = false) => ({
    line: item.line,
    text: item.text,
    timestamp: item.timestamp,
    ...(isNew ? { isNew } : {}),
});
/** Compares Progress between two versions; a missing base means the plan is new. */
function progressDelta(base, head, sections) {
    const baseSummary = base ? (0,progress/* summariseProgress */.qO)(base, sections?.Progress) : undefined;
    return compareProgress(baseSummary, (0,progress/* summariseProgress */.qO)(head, sections?.Progress));
}
/** The same comparison, from Progress summaries already made. */
function compareProgress(baseSummary, headSummary) {
    const baseItems = baseSummary?.items ?? [];
    const headItems = headSummary.items;
    const compared = (i) => i.completed !== undefined ? { text: i.text, detail: `${i.completed} ${i.remaining ?? ''}` } : { text: i.text };
    const match = matchItems(baseItems.map(compared), headItems.map(compared));
    const counterpart = new Map(match.pairs.map((p) => [p.head, baseItems[p.base]]));
    const completed = [];
    const reopened = [];
    const reworded = [];
    headItems.forEach((item, index) => {
        const before = counterpart.get(index);
        if (item.status === 'done' && before?.status !== 'done')
            completed.push(toDeltaItem(item, !before));
        if (before?.status === 'done' && item.status !== 'done')
            reopened.push(toDeltaItem(item));
        if (before && item_identity_identityKey(before.text) !== item_identity_identityKey(item.text)) {
            reworded.push({ ...toDeltaItem(item), baseLine: before.line, baseText: before.text, status: item.status });
        }
    });
    return {
        base: counts(baseSummary),
        head: counts(headSummary),
        new: baseSummary === undefined,
        completed,
        reopened,
        added: match.added.map((i) => toDeltaItem(headItems[i], true)),
        removed: match.removed.map((i) => toDeltaItem(baseItems[i])),
        reworded,
    };
}

// EXTERNAL MODULE: ./src/formatters/progress.ts
var formatters_progress = __webpack_require__(4635);
// EXTERNAL MODULE: ./src/formatters/progress-markdown.ts
var progress_markdown = __webpack_require__(7268);
// EXTERNAL MODULE: ./src/cli/config-file.ts + 2 modules
var config_file = __webpack_require__(1567);
// EXTERNAL MODULE: ./src/cli/paths.ts
var paths = __webpack_require__(5450);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
// EXTERNAL MODULE: ./src/cli/commands/shared.ts
var shared = __webpack_require__(9764);
;// CONCATENATED MODULE: ./src/cli/commands/delta.ts









async function run(args, io) {
    const { values, positionals } = (0,usage/* parseCommand */.RM)('delta', args, {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        config: { type: 'string' },
    });
    const format = (0,usage/* formatOf */.be)('delta', usage/* PROGRESS_FORMATS */.FG, values);
    if (positionals.length !== 2)
        throw new usage/* UsageError */.eb('delta takes a base file and a head file ("-" as the base means a new plan).', 'delta');
    const [basePath, headPath] = positionals;
    const { settings } = await (0,config_file/* loadConfig */.Z)(values.config, io.cwd);
    // "-" or a base that does not exist means the plan is new.
    const baseExists = basePath !== '-' && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(io.cwd, basePath));
    const base = baseExists ? (0,shared/* parseOrFail */.X)('delta', basePath, await (0,shared/* readOrFail */.M)('delta', basePath, io)) : undefined;
    const head = (0,shared/* parseOrFail */.X)('delta', headPath, await (0,shared/* readOrFail */.M)('delta', headPath, io));
    const delta = progressDelta(base, head, settings.sections);
    const root = (0,paths/* repositoryRoot */.H)(io.cwd);
    const shown = (path) => (path === '-' ? path : (0,paths/* displayPath */.G)(root, (0,external_node_path_.resolve)(io.cwd, path)));
    io.stdout(format === 'json'
        ? JSON.stringify((0,formatters_progress/* toDeltaJson */.uG)(delta), null, 2) + '\n'
        : format === 'markdown'
            ? (0,progress_markdown/* formatDeltaMarkdown */.t)(shown(basePath), shown(headPath), delta)
            : (0,formatters_progress/* formatDelta */.CW)(shown(basePath), shown(headPath), delta, io.colour));
    return usage/* EXIT_OK */.Ij;
}


/***/ }),

/***/ 9764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readOrFail),
/* harmony export */   X: () => (/* binding */ parseOrFail)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6419);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9019);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5589);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7485);





/** Reads a plan for `progress` and `delta`; a missing or unreadable file is a usage error. */
async function readOrFail(command, path, io) {
    const read = await (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlanFile */ .wr)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, path));
    if ('error' in read)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path}: ${read.error}`, command);
    return read.text;
}
/** Parses a plan for `progress` and `delta`; a plan beyond the engine's limits is a usage error. */
function parseOrFail(command, path, text) {
    try {
        return (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlan */ .vS)(text);
    }
    catch (error) {
        if (error instanceof _core_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .PlanLimitError */ .xS)
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${path}: ${error.message}`, command);
        throw error;
    }
}


/***/ }),

/***/ 6624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: () => (/* binding */ paceJson),
/* harmony export */   x3: () => (/* binding */ paceOf)
/* harmony export */ });
/* unused harmony exports timestampMs, isoDuration */
const DAY = 86_400_000;
/** Milliseconds since the epoch of a normalised item timestamp, read as UTC when it has no zone. */
function timestampMs(iso) {
    const withZone = /Z$|[+-]\d{2}:?\d{2}$/.test(iso) ? iso : iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`;
    return Date.parse(withZone);
}
const utcDay = (ms) => Math.floor(ms / DAY);
const dateOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
/** An ISO 8601 duration in whole minutes: `PT0M`, `PT2H`, `P3DT4H30M`. */
function isoDuration(ms) {
    const minutes = Math.floor(Math.max(0, ms) / 60_000);
    const [d, h, m] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60), minutes % 60];
    const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
    if (!d)
        return `PT${time || '0M'}`;
    return `P${d}D${time ? `T${time}` : ''}`;
}
function paceOf(summary, now) {
    const left = summary.total - summary.completed;
    const stamps = summary.items
        .filter((i) => i.status === 'done' && i.timestamp !== null)
        .map((i) => ({ iso: i.timestamp, ms: timestampMs(i.timestamp) }))
        .filter((s) => Number.isFinite(s.ms));
    if (stamps.length === 0) {
        return {
            firstDone: null,
            lastDone: null,
            perDay: null,
            estimatedDone: null,
            sinceLastDone: null,
            dated: 0,
            days: 0,
            left,
            daysLeft: null,
            sinceLastDoneMs: null,
        };
    }
    const first = stamps.reduce((a, b) => (b.ms < a.ms ? b : a));
    const last = stamps.reduce((a, b) => (b.ms > a.ms ? b : a));
    const days = utcDay(last.ms) - utcDay(first.ms) + 1;
    const rate = days >= 2 ? stamps.length / days : null;
    const inOrder = last.ms <= now.getTime();
    const daysLeft = rate !== null && left > 0 && inOrder ? Math.ceil(left / rate) : null;
    const from = Math.max(utcDay(now.getTime()), utcDay(last.ms));
    return {
        firstDone: first.iso,
        lastDone: last.iso,
        perDay: rate === null ? null : Math.round(rate * 10) / 10,
        estimatedDone: daysLeft === null ? null : dateOf(from + daysLeft),
        sinceLastDone: inOrder ? isoDuration(now.getTime() - last.ms) : null,
        dated: stamps.length,
        days,
        left,
        daysLeft,
        sinceLastDoneMs: inOrder ? now.getTime() - last.ms : null,
    };
}
/** The contract's `pace` object. */
const paceJson = (pace) => ({
    firstDone: pace.firstDone,
    lastDone: pace.lastDone,
    perDay: pace.perDay,
    estimatedDone: pace.estimatedDone,
    sinceLastDone: pace.sinceLastDone,
});


/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ formatProgressMarkdown),
/* harmony export */   t: () => (/* binding */ formatDeltaMarkdown)
/* harmony export */ });
/* harmony import */ var _progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4635);

/**
 * An item's text is Markdown already (it comes from the plan): kept as written, on one line, with
 * `<` escaped so that no HTML of the plan is rendered.
 */
const md = (text) => text.replace(/\s+/g, ' ').replace(/</g, '&lt;');
/** `progress --format markdown`: for a pull-request description, an issue or a chat message. */
function formatProgressMarkdown(path, summary, pace) {
    const out = [`### ${md(summary.title ?? '(untitled plan)')}`, '', `\`${path}\``, ''];
    if (summary.total === 0) {
        out.push('No Progress items: the plan has no checkbox items in a Progress section.');
        return out.join('\n') + '\n';
    }
    out.push(`**${summary.completed}/${summary.total} done (${summary.percent}%)**, ` +
        `${summary.partial} partial, ${summary.remaining} to do.`);
    if (pace)
        out.push('', `Pace: ${md((0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .describePace */ .Xw)(pace))}`);
    out.push('');
    for (const i of summary.items) {
        const box = i.status === 'done' ? '[x]' : '[ ]';
        const when = i.timestamp ? `${i.timestamp} ` : '';
        const rest = i.status === 'partial' ? ` (remaining: ${md(i.remaining ?? '')})` : '';
        out.push(`- ${box} ${when}${md(i.text)}${rest} (line ${i.line})`);
    }
    if (summary.next)
        out.push('', `Next: ${md(summary.next.text)} (line ${summary.next.line})`);
    return out.join('\n') + '\n';
}
/** `delta --format markdown`: what moved, each item once, as the pull-request comment lists it. */
function formatDeltaMarkdown(basePath, headPath, delta) {
    const { base, head } = delta;
    const out = [delta.new ? `### \`${headPath}\` (new plan)` : `### \`${basePath}\` → \`${headPath}\``, ''];
    out.push(`**${head.completed}/${head.total} done (${head.percent}%)**` +
        (delta.new ? '' : `, was ${base.completed}/${base.total} (${base.percent}%)`) +
        `: ${(0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .describeChange */ .uQ)(delta)}`);
    const once = (0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .listEachOnce */ .TR)(delta);
    const list = (title, items) => {
        if (!items.length)
            return;
        out.push('', `**${title} (${items.length})**`, '');
        for (const i of items)
            out.push(`- ${i.timestamp ? `${i.timestamp} ` : ''}${md(i.text)} (line ${i.line})`);
    };
    list('Completed', once.completed);
    list('Reopened', once.reopened);
    if (once.reworded.length) {
        out.push('', `**Reworded (${once.reworded.length})**`, '');
        for (const i of once.reworded)
            out.push(`- ${md((0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .brief */ .dh)(i.baseText))} → ${md((0,_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .brief */ .dh)(i.text))} (line ${i.baseLine} → ${i.line})`);
    }
    list('Added', once.added);
    list('Removed', once.removed);
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 4635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   RA: () => (/* binding */ toProgressJson),
/* harmony export */   TR: () => (/* binding */ listEachOnce),
/* harmony export */   Vu: () => (/* binding */ formatProgress),
/* harmony export */   Xw: () => (/* binding */ describePace),
/* harmony export */   dh: () => (/* binding */ brief),
/* harmony export */   uG: () => (/* binding */ toDeltaJson),
/* harmony export */   uQ: () => (/* binding */ describeChange)
/* harmony export */ });
/* unused harmony exports progressBar, ago */
/* harmony import */ var _core_pace_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6624);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3412);


/** The contract's `progress --json` shape (with `pace` when given). */
function toProgressJson(path, summary, pace) {
    const item = (i) => ({
        line: i.line,
        text: i.text,
        status: i.status,
        timestamp: i.timestamp,
        ...(i.status === 'partial' ? { completed: i.completed, remaining: i.remaining } : {}),
    });
    return {
        path,
        title: summary.title,
        total: summary.total,
        completed: summary.completed,
        partial: summary.partial,
        remaining: summary.remaining,
        percent: summary.percent,
        items: summary.items.map(item),
        next: summary.next ? { line: summary.next.line, text: summary.next.text, status: summary.next.status } : null,
        ...(pace ? { pace: (0,_core_pace_js__WEBPACK_IMPORTED_MODULE_0__/* .paceJson */ .Ef)(pace) } : {}),
    };
}
/** A text progress bar: `██████░░░░`. */
function progressBar(done, total, width = 20) {
    const filled = total === 0 ? 0 : Math.round((width * done) / total);
    return '█'.repeat(filled) + '░'.repeat(width - filled);
}
/** What the format's parse_progress script shows, readable in a terminal. */
function formatProgress(path, summary, colour = false, pace) {
    const out = [];
    out.push(`${summary.title ?? '(untitled plan)'}  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '2', path)}`);
    if (summary.total === 0) {
        out.push('No Progress items: the plan has no checkbox items in a Progress section.');
        return out.join('\n') + '\n';
    }
    out.push(`${progressBar(summary.completed, summary.total)} ${summary.percent}%  ` +
        `${summary.completed}/${summary.total} done, ${summary.partial} partial, ${summary.remaining} to do`);
    if (pace)
        out.push(`Pace: ${describePace(pace)}`);
    const done = summary.items.filter((i) => i.status === 'done');
    const partial = summary.items.filter((i) => i.status === 'partial');
    const todo = summary.items.filter((i) => i.status === 'todo');
    if (done.length) {
        out.push('', 'Completed:');
        for (const i of done)
            out.push(`  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '32', '✓')} ${i.timestamp ?? '(no timestamp)'}  ${i.text}  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '2', `line ${i.line}`)}`);
    }
    if (partial.length) {
        out.push('', 'Partially done:');
        for (const i of partial) {
            out.push(`  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '33', '◐')} ${i.text}  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '2', `line ${i.line}`)}`);
            out.push(`      done: ${i.completed}`, `      remaining: ${i.remaining}`);
        }
    }
    if (todo.length) {
        out.push('', 'To do:');
        for (const i of todo)
            out.push(`  ○ ${i.text}  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '2', `line ${i.line}`)}`);
    }
    out.push('', summary.next ? `Next: ${summary.next.text} (line ${summary.next.line})` : 'Next: nothing, every item is done.');
    return out.join('\n') + '\n';
}
/** The contract's `delta --json` shape (plus `new`). */
function toDeltaJson(delta) {
    const item = (i) => ({ line: i.line, text: i.text });
    return {
        base: delta.base,
        head: delta.head,
        new: delta.new,
        completed: delta.completed.map(item),
        reopened: delta.reopened.map(item),
        added: delta.added.map(item),
        removed: delta.removed.map(item),
        reworded: delta.reworded.map((i) => ({ line: i.line, text: i.text, baseLine: i.baseLine, baseText: i.baseText })),
    };
}
/**
 * The delta with every item in one list only, as text outputs show it: completed (new ones
 * marked), reopened, reworded (neither completed nor reopened), added (not done), removed.
 */
function listEachOnce(delta) {
    const completedOrReopened = new Set([...delta.completed, ...delta.reopened].map((i) => i.line));
    return {
        completed: delta.completed,
        reopened: delta.reopened,
        reworded: delta.reworded.filter((i) => !completedOrReopened.has(i.line)),
        added: delta.added.filter((i) => !completedOrReopened.has(i.line)),
        removed: delta.removed,
    };
}
/** One line: `+2 done, +1 added, 1 reopened, 1 reworded, 1 removed` (or `no change`); each item counted once. */
function describeChange(delta) {
    const once = listEachOnce(delta);
    const parts = [];
    if (once.completed.length)
        parts.push(`+${once.completed.length} done`);
    if (once.added.length)
        parts.push(`+${once.added.length} added`);
    if (once.reopened.length)
        parts.push(`${once.reopened.length} reopened`);
    if (once.reworded.length)
        parts.push(`${once.reworded.length} reworded`);
    if (once.removed.length)
        parts.push(`${once.removed.length} removed`);
    return parts.length ? parts.join(', ') : 'no change';
}
/** A text cut to `max` characters with an ellipsis, for the brief `old → new` of a reworded item. */
function brief(text, max = 60) {
    const chars = [...text];
    return chars.length <= max
        ? text
        : `${chars
            .slice(0, max - 1)
            .join('')
            .trimEnd()}…`;
}
function formatDelta(basePath, headPath, delta, colour = false) {
    const out = [];
    const { base, head } = delta;
    out.push(delta.new ? `${headPath} (new plan)` : `${basePath} → ${headPath}`);
    out.push(`${progressBar(head.completed, head.total)} ${head.completed}/${head.total} done (${head.percent}%)` +
        (delta.new ? '' : `, was ${base.completed}/${base.total} (${base.percent}%)`) +
        `: ${describeChange(delta)}`);
    const once = listEachOnce(delta);
    const list = (title, mark, items) => {
        if (!items.length)
            return;
        out.push('', `${title} (${items.length}):`);
        for (const i of items) {
            // Among completed items, those with no counterpart in the base are marked.
            const isNew = i.isNew && !delta.new && title === 'Completed' ? `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '36', 'new')}  ` : '';
            out.push(`  ${mark} ${isNew}${i.timestamp ? `${i.timestamp}  ` : ''}${i.text}  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '2', `line ${i.line}`)}`);
        }
    };
    list('Completed', (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '32', '✓'), once.completed);
    list('Reopened', (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '33', '↺'), once.reopened);
    if (once.reworded.length) {
        out.push('', `Reworded (${once.reworded.length}):`);
        for (const i of once.reworded)
            out.push(`  ~ ${brief(i.baseText)} → ${brief(i.text)}  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .paint */ .n)(colour, '2', `line ${i.baseLine} → ${i.line}`)}`);
    }
    list('Added', '+', once.added);
    list('Removed', '-', once.removed);
    if (describeChange(delta) === 'no change') {
        out.push('', `No Progress item changed (${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(head.total, 'item')}).`);
    }
    return out.join('\n') + '\n';
}
/** A span of time in words, for "last done 2 hours ago". */
function ago(ms) {
    const minutes = Math.floor(ms / 60_000);
    if (minutes < 60)
        return minutes <= 1 ? 'just now' : `${minutes} minutes ago`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48)
        return `${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(hours, 'hour')} ago`;
    return `${Math.floor(hours / 24)} days ago`;
}
/**
 * The pace in one line: `5 done in 3 days, 1.7 a day; 3 left: about 2 days, around 2026-12-04;
 * last done 2 hours ago`; the parts the estimator cannot know are left out.
 */
function describePace(pace) {
    if (pace.dated === 0)
        return pace.left ? `No dated completion yet; ${pace.left} left.` : 'No dated completion.';
    const parts = [];
    parts.push(pace.perDay === null
        ? `${pace.dated} done on ${pace.lastDone?.slice(0, 10)}`
        : `${pace.dated} done in ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(pace.days, 'day')}, ${pace.perDay} a day`);
    if (pace.left === 0)
        parts.push('nothing left');
    else if (pace.estimatedDone !== null && pace.daysLeft !== null)
        parts.push(`${pace.left} left: about ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .L)(pace.daysLeft, 'day')}, around ${pace.estimatedDone}`);
    else
        parts.push(`${pace.left} left`);
    parts.push(pace.sinceLastDoneMs === null
        ? 'last done in the future (dates out of order)'
        : `last done ${ago(pace.sinceLastDoneMs)}`);
    return parts.join('; ');
}


/***/ }),

/***/ 3412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural),
/* harmony export */   n: () => (/* binding */ paint)
/* harmony export */ });
/** `1 plan`, `2 plans`. */
const plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
/** Wraps text in an ANSI colour or style code when `on`. */
const paint = (on, code, text) => on ? `\u001b[${code}m${text}\u001b[0m` : text;


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Diff)
/* harmony export */ });
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}


/***/ })

};
