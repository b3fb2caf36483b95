export const id = 186;
export const ids = [186];
export const modules = {

/***/ 4186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_pace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6624);
/* harmony import */ var _core_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8199);
/* harmony import */ var _formatters_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4635);
/* harmony import */ var _formatters_progress_markdown_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7268);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1567);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5450);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7485);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9764);









async function run(args, io) {
    const { values, positionals } = (0,_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommand */ .RM)('progress', args, {
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        config: { type: 'string' },
    });
    const format = (0,_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOf */ .be)('progress', _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .PROGRESS_FORMATS */ .FG, values);
    if (positionals.length !== 1)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('progress takes exactly one plan file.', 'progress');
    const [given] = positionals;
    const { settings } = await (0,_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(values.config, io.cwd);
    const summary = (0,_core_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .summariseProgress */ .qO)((0,_shared_js__WEBPACK_IMPORTED_MODULE_4__/* .parseOrFail */ .X)('progress', given, await (0,_shared_js__WEBPACK_IMPORTED_MODULE_4__/* .readOrFail */ .M)('progress', given, io)), settings.sections.Progress);
    const pace = (0,_core_pace_js__WEBPACK_IMPORTED_MODULE_5__/* .paceOf */ .x3)(summary, io.now());
    const path = (0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .G)((0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryRoot */ .H)(io.cwd), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, given));
    io.stdout(format === 'json'
        ? JSON.stringify((0,_formatters_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .toProgressJson */ .RA)(path, summary, pace), null, 2) + '\n'
        : format === 'markdown'
            ? (0,_formatters_progress_markdown_js__WEBPACK_IMPORTED_MODULE_8__/* .formatProgressMarkdown */ .C)(path, summary, pace)
            : (0,_formatters_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .formatProgress */ .Vu)(path, summary, io.colour, pace));
    return _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
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


/***/ })

};
