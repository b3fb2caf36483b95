export const id = 799;
export const ids = [799];
export const modules = {

/***/ 7799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ validate_run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(9294);
// EXTERNAL MODULE: ./src/cli/config-file.ts + 2 modules
var config_file = __webpack_require__(1567);
// EXTERNAL MODULE: ./src/core/docs-url.ts
var docs_url = __webpack_require__(7036);
// EXTERNAL MODULE: ./src/cli/installation.ts
var installation = __webpack_require__(16);
;// CONCATENATED MODULE: ./src/cli/docs-base.ts


/**
 * The rule pages of the installed version: the package's `repository` at the tag of its
 * version (`v1.2.0`; see "Releases" in the README for how releases are tagged).
 */
function cliDocsBase() {
    const manifest = (0,installation/* packageManifest */.u5)();
    const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
    const web = repository === undefined ? undefined : (0,docs_url/* repositoryWebUrl */.Sx)(repository);
    return web === undefined ? docs_url/* DEFAULT_DOCS_BASE_URL */.K7 : (0,docs_url/* rulesDocsBase */._3)(web, `v${manifest.version}`);
}

// EXTERNAL MODULE: ./src/cli/files.ts + 2 modules
var cli_files = __webpack_require__(5589);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 1 modules
var create = __webpack_require__(5725);
;// CONCATENATED MODULE: ./src/core/controls.ts
// Matched against the trimmed body: a lazy group before `\s*$` is quadratic on long runs of spaces.
const CONTROL = /^execplan-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;
function readSuppressions(comments) {
    const spans = [];
    // Open `disable` regions: per rule id, or for all rules under the key ''.
    const open = new Map();
    const close = (key, line) => {
        const from = open.get(key);
        if (from === undefined)
            return;
        spans.push({ rules: key === '' ? null : new Set([key]), from, to: line });
        open.delete(key);
    };
    for (const comment of comments) {
        const match = CONTROL.exec(comment.body.trim());
        if (!match)
            continue;
        const rules = match[2] ? match[2].split(/[\s,]+/).filter(Boolean) : [];
        const ruleSet = rules.length ? new Set(rules) : null;
        switch (match[1]) {
            case 'disable-file':
                spans.push({ rules: ruleSet, from: 1, to: Number.MAX_SAFE_INTEGER });
                break;
            case 'disable-line':
                spans.push({ rules: ruleSet, from: comment.line, to: comment.endLine });
                break;
            case 'disable-next-line':
                spans.push({ rules: ruleSet, from: comment.endLine + 1, to: comment.endLine + 1 });
                break;
            case 'disable':
                for (const key of rules.length ? rules : [''])
                    if (!open.has(key))
                        open.set(key, comment.line);
                break;
            case 'enable':
                if (rules.length)
                    for (const key of rules)
                        close(key, comment.line);
                else
                    for (const key of [...open.keys()])
                        close(key, comment.line);
                break;
        }
    }
    for (const key of [...open.keys()])
        close(key, Number.MAX_SAFE_INTEGER);
    return {
        isSuppressed(ruleId, line) {
            return spans.some((s) => line >= s.from && line <= s.to && (s.rules === null || s.rules.has(ruleId)));
        },
    };
}

// EXTERNAL MODULE: ./src/core/source.ts
var core_source = __webpack_require__(2858);
;// CONCATENATED MODULE: ./src/core/fix-lines.ts

/**
 * A fix as whole lines: lines `line` to `endLine` of the plan replaced by `text` (lines joined by
 * `\n`), which is what a GitHub suggestion block needs. An insertion at the start of a line that
 * ends with a line break is anchored to the line before (a blank line after a heading becomes a
 * change of the heading's line), so the suggestion sits on the line the finding is about.
 */
function lineReplacement(source, edits) {
    if (edits.length === 0)
        return undefined;
    const { text, lineStarts } = source;
    const anchored = edits.map((edit) => {
        const atLineStart = edit.start > 0 && text[edit.start - 1] === '\n';
        if (edit.start === edit.end && atLineStart && edit.text.endsWith('\n'))
            return { start: edit.start - 1, end: edit.start - 1, text: `\n${edit.text.slice(0, -1)}` };
        return edit;
    });
    const first = Math.min(...anchored.map((e) => (0,core_source/* lineOf */.cA)(source, e.start)));
    const last = Math.max(...anchored.map((e) => (0,core_source/* lineOf */.cA)(source, e.end > e.start && text[e.end - 1] === '\n' ? e.end - 1 : e.end)));
    const from = lineStarts[first - 1];
    const to = lineStarts[last - 1] + (0,core_source/* lineText */.oZ)(source, last).length;
    let out = '';
    let at = from;
    for (const edit of [...anchored].sort((a, b) => a.start - b.start)) {
        out += text.slice(at, edit.start) + edit.text;
        at = Math.max(at, edit.end);
    }
    out += text.slice(at, Math.max(at, to));
    return { line: first, endLine: last, text: out };
}

// EXTERNAL MODULE: ./src/core/plan.ts + 2 modules
var core_plan = __webpack_require__(9019);
// EXTERNAL MODULE: ./src/core/progress.ts + 1 modules
var progress = __webpack_require__(8199);
// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 31 modules
var rules = __webpack_require__(1235);
// EXTERNAL MODULE: ./src/core/settings.ts
var core_settings = __webpack_require__(1922);
;// CONCATENATED MODULE: ./src/core/redundant.ts
/**
 * Findings that say nothing new next to another rule's finding at the same line: an empty
 * Context section names no path and an empty Validation section shows no command, but the
 * `empty-section` finding on that heading already says all of it. Each key is dropped when a
 * finding of one of its values is at the same line (so turning `empty-section` off, or disabling
 * it there, brings the other back).
 */
const REDUNDANT_NEXT_TO = {
    'context-paths': ['empty-section'],
    'validation-commands': ['empty-section'],
};
/** Removes, in place, every finding made redundant by another at its line. */
function dropRedundant(findings) {
    const at = new Set(findings.map((f) => `${f.ruleId}\u0000${f.line}`));
    let kept = 0;
    for (const f of findings) {
        const others = REDUNDANT_NEXT_TO[f.ruleId];
        if (others?.some((id) => at.has(`${id}\u0000${f.line}`)))
            continue;
        findings[kept++] = f;
    }
    findings.length = kept;
}

;// CONCATENATED MODULE: ./src/core/lint.ts









/** The severity a rule reports at, after configuration and `--strict`. */
function effectiveSetting(ruleId, settings, strict) {
    const rule = rules/* RULES */.y.find((r) => r.meta.id === ruleId);
    const configured = settings.severities[ruleId] ?? rule?.meta.defaultSeverity ?? 'warning';
    return strict && configured !== 'off' ? 'error' : configured;
}
/** Validates one plan: parses it once, runs every rule that is on, applies control comments. */
function lintPlan(input, options = {}) {
    const plan = typeof input === 'string' ? (0,core_plan/* parsePlan */.vS)(input) : input;
    const settings = options.settings ?? core_settings/* DEFAULT_SETTINGS */.a;
    const suppressions = readSuppressions(plan.comments);
    const findings = [];
    const sections = new Map();
    let items;
    let basePlan;
    const section = (name) => {
        if (!sections.has(name))
            sections.set(name, (0,core_plan/* findSection */.rv)(plan, settings.sections[name]));
        return sections.get(name);
    };
    for (const rule of rules/* RULES */.y) {
        const severity = effectiveSetting(rule.meta.id, settings, options.strict ?? false);
        if (severity === 'off')
            continue;
        const seenGroups = new Set();
        const context = {
            plan,
            settings,
            section,
            progressItems: () => (items ??= (0,progress/* progressItems */.Cx)(plan, section('Progress'))),
            base: () => {
                if (options.base === undefined)
                    return undefined;
                return (basePlan ??= typeof options.base === 'string' ? (0,core_plan/* parsePlan */.vS)(options.base) : options.base);
            },
            template: () => options.template,
            itemDate: (line) => options.itemDates?.get((0,core_source/* lineText */.oZ)(plan.source, line)),
            report: (report) => {
                if (suppressions.isSuppressed(rule.meta.id, report.line))
                    return;
                if (report.group !== undefined) {
                    if (seenGroups.has(report.group))
                        return;
                    seenGroups.add(report.group);
                }
                findings.push(toFinding(plan, rule.meta.id, severity, report, options.docsBaseUrl));
            },
        };
        rule.check(context);
    }
    dropRedundant(findings);
    findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    return { plan, findings };
}
function toFinding(plan, ruleId, severity, report, docsBaseUrl) {
    const column = report.column ?? 1;
    const endLine = report.endLine ?? report.line;
    // A finding about a whole line (a heading, an item) ends where that line ends.
    const endColumn = report.endColumn ?? Math.max(column, (0,core_source/* lineText */.oZ)(plan.source, endLine).length + 1);
    return {
        ruleId,
        severity,
        line: report.line,
        column,
        endLine,
        endColumn,
        message: report.message,
        url: (0,rule/* docsUrl */.fs)(ruleId, docsBaseUrl),
        // Inside a plan wrapped whole in a fence, offsets are those of the text with the fence lines
        // emptied, not of the file: no fix is offered there, rather than one that edits the wrong place.
        ...(report.fix && report.fix.edits.length > 0 && !plan.wrapperFence
            ? {
                fix: {
                    edits: report.fix.edits.map((edit) => {
                        const from = (0,core_source/* pointOf */.qk)(plan.source, edit.start);
                        const to = (0,core_source/* pointOf */.qk)(plan.source, edit.end);
                        return { ...edit, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
                    }),
                    lines: lineReplacement(plan.source, report.fix.edits),
                },
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/core/fix.ts

/**
 * Applying the fixes that rules attach to findings (`Finding.fix`), as `execplan validate --fix`
 * does. Pure: text in, text out.
 *
 * Edits are computed on the engine's text (byte-order mark removed, line endings `\n`) and
 * applied to the text as written: each offset is mapped back to the raw text, and every `\n`
 * in a replacement is written with the file's own line ending, so that text outside the edits
 * stays byte for byte what it was, a byte-order mark and CRLF line endings included.
 */
/** How many times `fixText` lints and applies at most: later passes pick up fixes that overlapped. */
const MAX_FIX_PASSES = 5;
/** Offsets in the engine's text mapped to offsets in the raw text; index `text.length` included. */
function rawOffsets(raw) {
    const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
    const chars = [];
    const map = [];
    for (let i = bom; i < raw.length; i++) {
        const c = raw[i];
        map.push(i);
        if (c === '\r') {
            chars.push('\n');
            if (raw[i + 1] === '\n')
                i++;
        }
        else
            chars.push(c);
    }
    map.push(raw.length);
    return { map: Int32Array.from(map), text: chars.join('') };
}
/** The line ending the file uses most: `\r\n` when at least half its line endings are. */
function dominantLineEnding(raw) {
    let crlf = 0;
    let lf = 0;
    for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) {
        if (raw[i - 1] === '\r')
            crlf++;
        else
            lf++;
    }
    return crlf > 0 && crlf >= lf ? '\r\n' : '\n';
}
/**
 * The findings whose fixes can be applied together: in finding order, a fix is taken when none
 * of its edits overlaps an edit already taken (two insertions at the same offset do not overlap:
 * they are applied in finding order).
 */
function compatibleFixes(findings) {
    const taken = [];
    const chosen = [];
    // Also true for an insertion strictly inside a replaced range.
    const overlaps = (a, b) => a.start < b.end && b.start < a.end;
    for (const finding of findings) {
        const edits = finding.fix?.edits;
        if (!edits || edits.length === 0)
            continue;
        if (edits.some((e) => taken.some((t) => overlaps(e, t))))
            continue;
        taken.push(...edits);
        chosen.push(finding);
    }
    return chosen;
}
/** Applies the edits of the given findings to the raw text (see the module comment). */
function applyFixes(raw, findings) {
    const { map } = rawOffsets(raw);
    const eol = dominantLineEnding(raw);
    const edits = findings
        .flatMap((f, order) => (f.fix?.edits ?? []).map((edit, index) => ({ edit, order, index })))
        .sort((a, b) => a.edit.start - b.edit.start || a.order - b.order || a.index - b.index);
    let out = '';
    let at = 0;
    for (const { edit } of edits) {
        const start = map[edit.start];
        const end = map[edit.end];
        out += raw.slice(at, start) + (eol === '\n' ? edit.text : edit.text.replace(/\n/g, eol));
        at = Math.max(at, end);
    }
    return out + raw.slice(at);
}
/** Lints and applies every compatible fix, repeating until nothing changes or `MAX_FIX_PASSES`. */
function fixText(raw, options = {}, maxPasses = MAX_FIX_PASSES) {
    let text = raw;
    const fixed = [];
    let passes = 0;
    let findings = lintPlan(text, options).findings;
    while (passes < maxPasses) {
        const chosen = compatibleFixes(findings);
        if (chosen.length === 0)
            break;
        const next = applyFixes(text, chosen);
        if (next === text)
            break;
        text = next;
        fixed.push(...chosen);
        passes++;
        findings = lintPlan(text, options).findings;
    }
    return { text, changed: text !== raw, fixed, remaining: findings, passes };
}
/** Whether a finding carries a fix. */
const isFixable = (finding) => (finding.fix?.edits.length ?? 0) > 0;
/** The engine's text of the raw text: exported for tests that compare outside the edits. */
const engineText = (raw) => rawOffsets(raw).text;

// EXTERNAL MODULE: ./src/core/limits.ts
var limits = __webpack_require__(6419);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/git-dates.ts



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const CHECKED = /\[[xX]\]/;
const NOT_COMMITTED = /^0{40}$/;
async function git(cwd, args) {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
}
/** The commit that last changed one line of the working file, and the line's number and path there. */
async function blameLine(cwd, file, line) {
    const out = await git(cwd, ['blame', '--porcelain', '-L', `${line},${line}`, '--', file]);
    const [header] = out.split('\n');
    const [commit, origLine] = header.split(' ');
    const path = /^filename (.*)$/m.exec(out)?.[1] ?? file;
    return { commit, line: Number(origLine), path };
}
/** The history of one line (`git log -L`), newest first: each commit with the lines it added and removed there. */
async function lineHistory(cwd, commit, path, line) {
    const out = await git(cwd, ['log', '--no-color', '--format=%x00%H %ct %P', '-L', `${line},${line}:${path}`, commit]);
    return out
        .split('\0')
        .filter((chunk) => chunk.trim() !== '')
        .map((chunk) => {
        const [header, ...rest] = chunk.split('\n');
        const [hash, time, ...parents] = header.trim().split(' ');
        const added = rest.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1));
        const removed = rest.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1));
        return { commit: hash, time: Number(time), parents: parents.filter(Boolean).length, added, removed };
    });
}
/**
 * Dates one item, or says why it cannot. Blame runs beside the file; the line's history runs at
 * the top of the work tree, because blame names the file by its path from there.
 */
async function dateItem(cwd, top, file, item) {
    const blame = await blameLine(cwd, file, item.line);
    if (NOT_COMMITTED.test(blame.commit))
        return 'the item is not committed yet, so git cannot say when it was checked';
    const history = await lineHistory(top, blame.commit, blame.path, blame.line);
    for (const change of history) {
        if (!change.added.some((l) => CHECKED.test(l)))
            return 'its history in git does not show the box being checked';
        const wasChecked = change.removed.some((l) => CHECKED.test(l));
        if (wasChecked)
            continue;
        if (change.parents > 1)
            return `it was checked in a merge commit (${change.commit.slice(0, 7)}), which does not say when`;
        if (change.added.filter((l) => CHECKED.test(l)).length > 1)
            return `commit ${change.commit.slice(0, 7)} checked several items on these lines at once, so which is which is not clear`;
        return new Date(change.time * 1000);
    }
    return 'its history in git does not show the box being checked';
}
/** Dates each undated checked item of one file from git history (see `ItemDates`). */
async function gitItemDates(file, items) {
    const dates = new Map();
    const reasons = new Map();
    if (items.length === 0)
        return { dates, reasons };
    const cwd = (0,external_node_path_.dirname)(file);
    let top;
    try {
        top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
    }
    catch {
        for (const item of items)
            reasons.set(item.line, 'the plan is not in a git repository, so its history cannot date it');
        return { dates, reasons };
    }
    const seen = new Map();
    for (const item of items)
        seen.set(item.text, (seen.get(item.text) ?? 0) + 1);
    for (const item of items) {
        if ((seen.get(item.text) ?? 0) > 1) {
            reasons.set(item.line, 'another checked item has the same text, so its date cannot be told apart');
            continue;
        }
        let dated;
        try {
            dated = await dateItem(cwd, top, (0,external_node_path_.basename)(file), item);
        }
        catch (error) {
            dated = `git could not tell (${String(error.message).split('\n')[0]})`;
        }
        if (typeof dated === 'string')
            reasons.set(item.line, dated);
        else
            dates.set(item.text, dated);
    }
    return { dates, reasons };
}

;// CONCATENATED MODULE: ./src/cli/fix-files.ts











const BOM = '\uFEFF';
/** The plan template `init` writes, for the sections `required-sections` fixes add. */
async function readTemplate() {
    try {
        return await (0,promises_.readFile)((0,installation/* installedFile */.Pc)((0,external_node_path_.join)('templates', 'plan.md')), 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Checked Progress items with no date at all, for `git-dates.ts`. */
function undatedItems(text, settings) {
    const plan = (0,core_plan/* parsePlan */.vS)(text);
    const section = (0,core_plan/* findSection */.rv)(plan, settings.sections.Progress);
    return (0,progress/* progressItems */.Cx)(plan, section)
        .filter((item) => item.status === 'done' && !item.stamp.found)
        .map((item) => ({ line: item.line, text: (0,core_source/* lineText */.oZ)(plan.source, item.line) }));
}
/**
 * Why items stayed undated, by their line in the fixed text (fixes above them may move them):
 * the n-th undated item with a given text is the n-th line with that text.
 */
function reasonsAfterFixing(reasons, items, fixed) {
    const lines = engineText(fixed).split('\n');
    const next = new Map();
    const out = new Map();
    for (const [line, why] of [...reasons].sort(([a], [b]) => a - b)) {
        const text = items.find((item) => item.line === line)?.text;
        const index = text === undefined ? -1 : lines.indexOf(text, next.get(text) ?? 0);
        if (text !== undefined && index !== -1)
            next.set(text, index + 1);
        out.set(index === -1 ? line : index + 1, why);
    }
    return out;
}
/** Fixes each plan, writing it only when it changed and `write` is set. */
async function fixFiles(files, cwd, options) {
    const template = await readTemplate();
    const out = [];
    for (const path of files) {
        const absolute = (0,external_node_path_.resolve)(cwd, path);
        const read = await (0,cli_files/* readPlanFile */.wr)(absolute);
        if ('error' in read) {
            out.push({
                path,
                before: '',
                after: '',
                fixed: [],
                result: { path, findings: [], error: read.error },
                undated: new Map(),
            });
            continue;
        }
        // The decoder drops a byte-order mark; the file keeps it.
        const bytes = await (0,promises_.readFile)(absolute);
        const before = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? BOM + read.text : read.text;
        try {
            const undated = undatedItems(before, options.settings);
            const history = await gitItemDates(absolute, undated);
            const lint = {
                settings: options.settings,
                strict: options.strict,
                ...(options.base !== undefined ? { base: options.base } : {}),
                ...(template !== undefined ? { template } : {}),
                itemDates: history.dates,
            };
            const outcome = fixText(before, lint);
            if (outcome.changed && options.write)
                await (0,promises_.writeFile)(absolute, outcome.text, 'utf8');
            out.push({
                path,
                before,
                after: outcome.text,
                fixed: outcome.fixed,
                result: { path, findings: outcome.remaining },
                undated: reasonsAfterFixing(history.reasons, undated, outcome.text),
            });
        }
        catch (error) {
            if (!(error instanceof limits/* PlanLimitError */.xS))
                throw error;
            out.push({
                path,
                before,
                after: before,
                fixed: [],
                result: { path, findings: [], error: error.message },
                undated: new Map(),
            });
        }
    }
    return out;
}
const label = (side, path) => ((0,external_node_path_.isAbsolute)(path) ? path : `${side}/${path}`);
/** A unified diff of every file that would change, for `--fix-dry-run`. */
function fixDiff(fixes) {
    return fixes
        .filter((f) => f.before !== f.after)
        .map((f) => (0,create/* createTwoFilesPatch */.ss)(label('a', f.path), label('b', f.path), f.before, f.after, undefined, undefined, {
        context: 3,
    }))
        .join('');
}
const byRule = (findings) => {
    const counts = new Map();
    for (const f of findings)
        counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    return [...counts]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([rule, n]) => `${rule} ${n}`)
        .join(', ');
};
/** What was fixed and what is left, one line per plan, then why undated items stayed undated. */
function fixSummary(fixes, write) {
    const lines = [];
    let total = 0;
    for (const f of fixes) {
        if (f.result.error !== undefined)
            continue;
        total += f.fixed.length;
        const left = f.result.findings;
        const fixable = left.filter(isFixable);
        const did = write ? 'fixed' : 'would fix';
        const fixedPart = f.fixed.length > 0 ? `${did} ${f.fixed.length} (${byRule(f.fixed)})` : 'nothing to fix';
        const leftPart = left.length > 0 ? `${left.length} left (${byRule(left)})` : 'nothing left';
        lines.push(`${f.path}: ${fixedPart}; ${leftPart}${fixable.length > 0 ? `, ${fixable.length} of them fixable by another pass` : ''}`);
        for (const [line, why] of [...f.undated].sort(([a], [b]) => a - b)) {
            lines.push(`  ${f.path}:${line}  progress-timestamp not dated: ${why}.`);
        }
    }
    lines.push(`${write ? 'Fixed' : 'Would fix'} ${total} finding${total === 1 ? '' : 's'} in ${fixes.filter((f) => f.fixed.length > 0).length} of ${fixes.length} plan${fixes.length === 1 ? '' : 's'}.`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/cli/cache.ts



/**
 * The cache of `validate --cache`: for each plan file (by absolute path), the key of what was
 * validated and the outcome. The key is a SHA-256 hash of the plan's text, the settings (from the
 * configuration), `--strict`, the base version's text if any and the tool's version, so an entry
 * is used only when nothing that could change its findings has changed.
 *
 * The file is one header line (a marker, the format, the tool's version and a SHA-256 checksum of
 * the rest) and one line of JSON: a table of strings and one row per plan. A file that is not ours, of another version or format,
 * truncated, edited or holding anything that is not a well-formed outcome is ignored as a whole
 * and rebuilt: the cache is never trusted further than it can be checked.
 */
const DEFAULT_CACHE_LOCATION = (0,external_node_path_.join)('node_modules', '.cache', 'execplan');
/** The file inside a cache folder; a `--cache-location` ending in `.json` names the file itself. */
const CACHE_FILE_NAME = 'validate-cache.json';
const MARKER = 'execplan-validate-cache';
const FORMAT = 3;
function cacheFilePath(cwd, location = DEFAULT_CACHE_LOCATION) {
    const path = (0,external_node_path_.resolve)(cwd, location);
    return path.endsWith('.json') ? path : (0,external_node_path_.join)(path, CACHE_FILE_NAME);
}
class ValidationCache {
    file;
    version;
    entries;
    common;
    changed = false;
    constructor(file, version, job, entries) {
        this.file = file;
        this.version = version;
        this.entries = entries;
        const base = job.base === undefined ? '-' : sha256(job.base);
        this.common = JSON.stringify([MARKER, FORMAT, version, job.settings, job.strict, base]);
    }
    /** Opens the cache file, or starts an empty cache when it is missing or cannot be trusted. */
    static async open(file, version, job) {
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        return new ValidationCache(file, version, job, (text !== undefined && readEntries(text, version)) || new Map());
    }
    /** The key of one plan's text under this run's settings, base and version. */
    keyOf(content) {
        return (0,external_node_crypto_.createHash)('sha256').update(this.common).update('\0').update(content).digest('hex');
    }
    /** The cached outcome of `path`, if it was validated with this very key. */
    get(path, key) {
        const entry = this.entries.get(path);
        return entry?.key === key ? entry.outcome : undefined;
    }
    set(path, key, outcome) {
        this.entries.set(path, { key, outcome });
        this.changed = true;
    }
    /**
     * Writes the cache if it changed, through a temporary file renamed over it. Findings are stored
     * as arrays, with rule ids and messages in one table of strings: a warm run reads this file
     * whole, and its size is most of that run's time.
     */
    async save() {
        if (!this.changed)
            return;
        const strings = [];
        const indexes = new Map();
        const index = (text) => {
            let at = indexes.get(text);
            if (at === undefined)
                indexes.set(text, (at = strings.push(text) - 1));
            return at;
        };
        const rows = [...this.entries].map(([path, { key, outcome }]) => 'error' in outcome
            ? [path, key, outcome.error]
            : [
                path,
                key,
                outcome.findings.map((f) => [
                    index(f.ruleId),
                    f.severity === 'error' ? 1 : 0,
                    f.line,
                    f.column,
                    f.endLine,
                    f.endColumn,
                    index(f.message),
                    // What the result model carries besides: the docs link of this version, the
                    // fingerprints SARIF reports, and the fix that JSON and --fix use.
                    index(f.url),
                    f.fingerprint ?? '',
                    f.lineHash ?? '',
                    f.fix ? JSON.stringify(f.fix) : '',
                ]),
            ]);
        const body = JSON.stringify({ strings, rows });
        const header = JSON.stringify({ marker: MARKER, format: FORMAT, version: this.version, checksum: sha256(body) });
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.file), { recursive: true });
        const temporary = `${this.file}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(temporary, `${header}\n${body}\n`);
        await (0,promises_.rename)(temporary, this.file);
        this.changed = false;
    }
}
const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/** The entries of a cache file's text, or undefined when any part of it fails a check. */
function readEntries(text, version) {
    try {
        const newline = text.indexOf('\n');
        if (newline === -1)
            return undefined;
        const header = JSON.parse(text.slice(0, newline));
        const body = text.slice(newline + 1).replace(/\n$/, '');
        if (header.marker !== MARKER || header.format !== FORMAT || header.version !== version)
            return undefined;
        if (header.checksum !== sha256(body))
            return undefined;
        const { strings, rows } = JSON.parse(body);
        if (!Array.isArray(strings) || !Array.isArray(rows) || !strings.every((s) => typeof s === 'string'))
            return undefined;
        const table = strings;
        const entries = new Map();
        for (const row of rows) {
            if (!Array.isArray(row) || row.length !== 3)
                return undefined;
            const [path, key, value] = row;
            if (typeof path !== 'string' || typeof key !== 'string' || !/^[0-9a-f]{64}$/.test(key))
                return undefined;
            if (typeof value === 'string') {
                entries.set(path, { key, outcome: { error: value } });
                continue;
            }
            if (!Array.isArray(value))
                return undefined;
            const findings = [];
            for (const item of value) {
                const finding = findingOf(item, table);
                if (!finding)
                    return undefined;
                findings.push(finding);
            }
            entries.set(path, { key, outcome: { findings } });
        }
        return entries;
    }
    catch {
        return undefined;
    }
}
const isPosition = (n) => Number.isSafeInteger(n) && n >= 1;
const RULE_ID = /^[a-z][a-z0-9-]*$/;
/** A finding rebuilt from its stored array, or undefined if anything in it is malformed. */
function findingOf(item, strings) {
    if (!Array.isArray(item) || item.length !== 11)
        return undefined;
    const [rule, severity, line, column, endLine, endColumn, message, link, fingerprint, lineHash, fix] = item;
    const ruleId = Number.isSafeInteger(rule) ? strings[rule] : undefined;
    const text = Number.isSafeInteger(message) ? strings[message] : undefined;
    const url = Number.isSafeInteger(link) ? strings[link] : undefined;
    if (ruleId === undefined || !RULE_ID.test(ruleId) || text === undefined || url === undefined)
        return undefined;
    if (![fingerprint, lineHash, fix].every((v) => typeof v === 'string'))
        return undefined;
    const parsedFix = fix === '' ? undefined : JSON.parse(fix);
    if (parsedFix !== undefined && !Array.isArray(parsedFix?.edits))
        return undefined;
    if (severity !== 0 && severity !== 1)
        return undefined;
    if (![line, column, endLine, endColumn].every(isPosition))
        return undefined;
    return {
        ruleId,
        severity: severity === 1 ? 'error' : 'warning',
        line: line,
        column: column,
        endLine: endLine,
        endColumn: endColumn,
        message: text,
        url,
        ...(fingerprint ? { fingerprint: fingerprint } : {}),
        ...(lineHash ? { lineHash: lineHash } : {}),
        ...(parsedFix ? { fix: parsedFix } : {}),
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/core/baseline.ts



/** A task-list box at the start of a line, checked or not. */
const BOX = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)\[[ xX]\]/;
/** A line as compared: white space folded, and a box read as unchecked (checking it moves nothing). */
const fold = (text) => text.replace(BOX, '$1[ ]').replace(/\s+/g, ' ').trim();
function anchorsOf(plan, findings) {
    const count = (0,core_source/* lineCount */.IC)(plan.source);
    const nearest = (line, step) => {
        for (let l = line + step; l >= 1 && l <= count; l += step) {
            const text = fold((0,core_source/* lineText */.oZ)(plan.source, l));
            if (text)
                return text;
        }
        return '';
    };
    return findings.map((finding) => ({
        finding,
        content: fold((0,core_source/* lineText */.oZ)(plan.source, finding.line)),
        context: `${nearest(finding.line, -1)}\n${nearest(finding.line, 1)}`,
    }));
}
/** A 53-bit string hash (cyrb53), as 14 hexadecimal digits: stable across runs and platforms. */
function hashText(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
/** The findings with their fingerprints (`fingerprint`, `lineHash`); their order is kept. */
function withFingerprints(plan, findings) {
    const seen = new Map();
    const seenLines = new Map();
    return anchorsOf(plan, findings).map(({ finding, content }) => {
        const hash = hashText(`${finding.ruleId}\n${finding.message}\n${content}`);
        const lineHash = hashText(content);
        const n = seen.get(hash) ?? 0;
        const m = seenLines.get(lineHash) ?? 0;
        seen.set(hash, n + 1);
        seenLines.set(lineHash, m + 1);
        return { ...finding, fingerprint: `${hash}:${n}`, lineHash: `${lineHash}:${m}` };
    });
}
/**
 * The head's findings, each with `baselineState` (and fingerprints), given the base version's
 * findings; with no base (a new plan), every finding is new.
 */
function markBaseline(head, headFindings, base) {
    const fingerprinted = withFingerprints(head, headFindings);
    if (!base)
        return fingerprinted.map((f) => ({ ...f, baselineState: 'new' }));
    const headAnchors = anchorsOf(head, headFindings);
    const baseAnchors = anchorsOf(base.plan, base.findings);
    const unchanged = new Set();
    const used = new Set();
    const pass = (key) => {
        const pool = new Map();
        baseAnchors.forEach((a, i) => {
            if (used.has(i))
                return;
            const k = key(a);
            if (k === undefined)
                return;
            const list = pool.get(k);
            if (list)
                list.push(i);
            else
                pool.set(k, [i]);
        });
        headAnchors.forEach((a, i) => {
            if (unchanged.has(i))
                return;
            const k = key(a);
            const match = k === undefined ? undefined : pool.get(k)?.shift();
            if (match === undefined)
                return;
            used.add(match);
            unchanged.add(i);
        });
    };
    const id = (a) => `${a.finding.ruleId}\n${a.finding.message}`;
    pass((a) => `${id(a)}\n${a.content}\n${a.context}`);
    pass((a) => `${id(a)}\n${a.content}`);
    pass((a) => `${id(a)}\n${a.context}`);
    const once = (anchors) => {
        const counts = new Map();
        for (const a of anchors)
            counts.set(id(a), (counts.get(id(a)) ?? 0) + 1);
        return new Set([...counts].filter(([, n]) => n === 1).map(([k]) => k));
    };
    const [headOnce, baseOnce] = [once(headAnchors), once(baseAnchors)];
    pass((a) => (headOnce.has(id(a)) && baseOnce.has(id(a)) ? id(a) : undefined));
    return fingerprinted.map((f, i) => ({ ...f, baselineState: unchanged.has(i) ? 'unchanged' : 'new' }));
}
/**
 * Validates the head version against its base version: `revision-note` sees the base, and every
 * finding carries `baselineState`. The base is validated with the same settings. With `base`
 * null (the plan is new), every finding is new.
 */
function lintAgainstBase(head, base, options = {}) {
    if (base === null) {
        const result = lintPlan(head, options);
        return { plan: result.plan, findings: markBaseline(result.plan, result.findings) };
    }
    const basePlan = typeof base === 'string' ? (0,core_plan/* parsePlan */.vS)(base) : base;
    const result = lintPlan(head, { ...options, base: basePlan });
    const baseFindings = lintPlan(basePlan, options).findings;
    return {
        plan: result.plan,
        findings: markBaseline(result.plan, result.findings, { plan: basePlan, findings: baseFindings }),
    };
}

;// CONCATENATED MODULE: ./src/cli/lint-outcome.ts



/**
 * Validates one plan's text. A plan beyond the engine's limits is an outcome (reported for that
 * file); any other failure is a bug and is thrown.
 */
function lintOutcome(text, job) {
    try {
        const options = { settings: job.settings, strict: job.strict, docsBaseUrl: job.docsBaseUrl };
        // With a base, each finding's baselineState against the base's findings; without, the
        // fingerprints alone (SARIF reports them).
        if (job.base !== undefined)
            return { findings: lintAgainstBase(text, job.base, options).findings };
        const result = lintPlan(text, options);
        return { findings: withFingerprints(result.plan, result.findings) };
    }
    catch (error) {
        if (!(error instanceof limits/* PlanLimitError */.xS))
            throw error;
        return { error: error.message };
    }
}

;// CONCATENATED MODULE: ./src/cli/worker-pool.ts






/**
 * Below this much text to validate, `validate` stays on one thread: starting a worker and loading
 * the engine in it costs about as much as validating 100 KB, so small runs (a pre-commit hook on
 * one or two plans) would only get slower.
 */
const MIN_PARALLEL_BYTES = 256 * 1024;
/** Each worker should get at least this much text, or its start-up is not paid back. */
const MIN_BYTES_PER_WORKER = 128 * 1024;
/** Requests sent ahead to each worker, so that it never waits for the main thread between plans. */
const IN_FLIGHT = 2;
/**
 * How many threads validate `sizes` (the texts' lengths): 1 means in this thread. `requested`
 * (the `--workers` option) overrides the choice: 0 or 1 is one thread, more is that many workers.
 */
function threadCount(sizes, requested) {
    if (requested !== undefined)
        return Math.max(1, Math.min(Math.floor(requested), sizes.length));
    const bytes = sizes.reduce((n, s) => n + s, 0);
    if (sizes.length < 2 || bytes < MIN_PARALLEL_BYTES)
        return 1;
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), sizes.length, Math.floor(bytes / MIN_BYTES_PER_WORKER)));
}
/**
 * Validates every text, on worker threads when there is enough to share (see `threadCount`),
 * and returns the outcomes in the order of `texts`, whatever order the workers finish in. An
 * unexpected failure in a worker fails the whole run, as it would in one thread.
 */
async function lintAll(texts, job, requested) {
    const threads = threadCount(texts.map((t) => t.length), requested);
    if (threads <= 1)
        return texts.map((text) => lintOutcome(text, job));
    // The largest first, so that one big plan does not finish alone at the end.
    const queue = texts.map((_, i) => i).sort((a, b) => texts[b].length - texts[a].length || a - b);
    const outcomes = new Array(texts.length);
    const workers = [];
    try {
        await new Promise((done, fail) => {
            let pending = texts.length;
            let next = 0;
            const send = (worker) => {
                if (next >= queue.length)
                    return;
                const id = queue[next++];
                worker.postMessage({ id, text: texts[id] });
            };
            for (let w = 0; w < threads; w++) {
                const worker = startWorker(job);
                workers.push(worker);
                worker.on('message', (reply) => {
                    if ('failure' in reply) {
                        fail(new Error(`validating ${reply.id + 1} of ${texts.length} failed in a worker: ${reply.failure}`));
                        return;
                    }
                    outcomes[reply.id] = reply.outcome;
                    if (--pending === 0)
                        done();
                    else
                        send(worker);
                });
                worker.on('error', fail);
                worker.on('exit', (code) => {
                    if (pending > 0)
                        fail(new Error(`a validation worker stopped (exit code ${code}) before its plans were done.`));
                });
                for (let k = 0; k < IN_FLIGHT; k++)
                    send(worker);
            }
        });
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return outcomes;
}
/**
 * Starts one worker. From the bundle (`dist/cli/index.js`) the worker is `dist/cli/worker.js`,
 * bundled beside it by `scripts/build.mjs`; from the sources (`node --import tsx src/cli.ts`,
 * and the tests) it is `validate-worker.ts`, loaded through tsx, which a worker does not inherit.
 */
function startWorker(job) {
    const here = (0,external_node_url_.fileURLToPath)(import.meta.url);
    if (!here.endsWith('.ts'))
        return new external_node_worker_threads_.Worker((0,external_node_path_.join)((0,external_node_path_.dirname)(here), 'worker.js'), { workerData: job });
    // A name built at run time, so that the bundler does not try to bundle the TypeScript loader.
    const tsx = (0,external_node_path_.dirname)((0,external_node_module_.createRequire)(here).resolve(['tsx', 'package.json'].join('/')));
    const loader = (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(tsx, 'dist', 'esm', 'api', 'index.mjs')).href;
    const entry = (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)((0,external_node_path_.dirname)(here), 'validate-worker.ts')).href;
    const code = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    return new external_node_worker_threads_.Worker(code, { eval: true, workerData: job });
}

;// CONCATENATED MODULE: ./src/cli/validate-files.ts



/**
 * Validates plan files for `validate`: reads each one, takes what the cache already knows, has
 * the rest validated (on worker threads when there is enough of it), and returns one result per
 * file in the order given, the same whichever way each was obtained.
 */
async function validateFiles(files, cwd, options) {
    const job = {
        settings: options.settings,
        strict: options.strict,
        base: options.base,
        ...(options.docsBaseUrl !== undefined ? { docsBaseUrl: options.docsBaseUrl } : {}),
    };
    const cache = options.cache
        ? await ValidationCache.open(cacheFilePath(cwd, options.cache.location), options.cache.version, job)
        : undefined;
    const kept = [];
    const outcomes = [];
    const misses = [];
    for (const file of files) {
        // Read safely (regular files inside the repository, a size cap, bounded open files).
        const read = await (0,cli_files/* readPlanFile */.wr)(file.absolute, options.root);
        if ('skipped' in read && read.skipped) {
            options.onSkipped?.(`execplan: ${file.path} ${read.error} Skipped.\n`);
            continue;
        }
        const index = kept.push(file) - 1;
        if ('error' in read) {
            outcomes[index] = { error: read.error };
            continue;
        }
        const key = cache?.keyOf(read.text) ?? '';
        const hit = cache?.get(file.absolute, key);
        if (hit)
            outcomes[index] = hit;
        else
            misses.push({ index, text: read.text, absolute: file.absolute, key });
    }
    const validated = await lintAll(misses.map((m) => m.text), job, options.workers);
    for (const [i, miss] of misses.entries()) {
        outcomes[miss.index] = validated[i];
        cache?.set(miss.absolute, miss.key, validated[i]);
    }
    // A cache that cannot be written costs the next run its speed, never this run its result.
    await cache?.save().catch(() => undefined);
    return kept.map(({ path }, index) => {
        const outcome = outcomes[index];
        const baselined = options.base === undefined ? {} : { baselined: true };
        return 'error' in outcome
            ? { path, findings: [], error: outcome.error, ...baselined }
            : { path, findings: outcome.findings, ...baselined };
    });
}

// EXTERNAL MODULE: ./src/cli/terminal-safe.ts + 1 modules
var terminal_safe = __webpack_require__(2824);
// EXTERNAL MODULE: ./src/cli/paths.ts
var paths = __webpack_require__(5450);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts











async function validate_run(args, io) {
    const { values, positionals } = (0,usage/* parseCommand */.RM)('validate', args, {
        strict: { type: 'boolean', default: false },
        format: { type: 'string' },
        config: { type: 'string' },
        base: { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        workers: { type: 'string' },
    });
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0))
        throw new usage/* UsageError */.eb(`--workers takes a whole number of threads, not "${values.workers}".`, 'validate');
    const format = (0,usage/* formatOf */.be)('validate', usage/* VALIDATE_FORMATS */.as, values);
    const { settings } = await (0,config_file/* loadConfig */.Z)(values.config, io.cwd);
    const root = (0,paths/* repositoryRoot */.H)(io.cwd);
    const docsBaseUrl = cliDocsBase();
    const render = (reports) => renderReports(format, reports, io, docsBaseUrl);
    const usingDefault = positionals.length === 0;
    const expansion = await (0,cli_files/* expandPlanPaths */.CN)(usingDefault ? [usage/* DEFAULT_PLAN_GLOB */.ZV] : positionals, io.cwd);
    if (usingDefault && expansion.files.length === 0) {
        io.stderr(`execplan: no plans found (looked for ${usage/* DEFAULT_PLAN_GLOB */.ZV} in ${io.cwd}).\n`);
        if (format === 'json' || format === 'sarif')
            io.stdout(await render([]));
        return usage/* EXIT_OK */.Ij;
    }
    if (values.base !== undefined && expansion.files.length + expansion.unmatched.length !== 1) {
        throw new usage/* UsageError */.eb('--base gives the base version of one plan: name exactly one plan with it.', 'validate');
    }
    let base;
    if (values.base !== undefined) {
        const read = await (0,cli_files/* readPlanFile */.wr)((0,external_node_path_.resolve)(io.cwd, values.base));
        if ('error' in read) {
            io.stderr(`execplan: ${values.base}: ${read.error}\n`);
            return usage/* EXIT_USAGE */.Ri;
        }
        base = read.text;
    }
    const files = expansion.files.map((file) => {
        const absolute = (0,external_node_path_.resolve)(io.cwd, file);
        return { path: (0,paths/* displayPath */.G)(root, absolute), absolute };
    });
    const strict = values.strict ?? false;
    if (values.fix || values['fix-dry-run']) {
        const write = !values['fix-dry-run'];
        const fixes = await fixFiles(expansion.files, io.cwd, { settings, strict, base, write });
        io.stderr(fixSummary(fixes, write));
        const fixed = fixes.map((f) => f.result);
        io.stdout(write ? await render(fixed) : fixDiff(fixes));
        if (fixed.some((r) => r.error !== undefined) || expansion.unmatched.length > 0)
            return usage/* EXIT_USAGE */.Ri;
        return fixed.some(result/* hasErrors */.Cs) ? usage/* EXIT_FINDINGS */.cB : usage/* EXIT_OK */.Ij;
    }
    // Every plan on worker threads when there is enough to validate, and from the cache when asked;
    // the cache keeps no baselineState, so a run with --base does not use it.
    const reports = await validateFiles(files, io.cwd, {
        settings,
        strict,
        base,
        docsBaseUrl,
        root,
        onSkipped: (message) => io.stderr(message),
        cache: values.cache && base === undefined
            ? { location: values['cache-location'], version: (0,installation/* packageVersion */.Tl)() }
            : undefined,
        workers,
    });
    // An argument that named nothing is an entry with its error, in every format, and counts as one;
    // with no argument, only what the default search could not read (a link out of the repository is
    // skipped there, and said on stderr).
    for (const { arg, reason, always } of expansion.unmatched) {
        if (usingDefault && !always)
            continue;
        io.stderr(`execplan: ${arg} ${reason}.\n`);
        reports.push({ path: (0,paths/* displayPath */.G)(root, (0,external_node_path_.resolve)(io.cwd, arg)), findings: [], error: `${arg} ${reason}.` });
    }
    io.stdout(await render(reports));
    if (reports.some((r) => r.error !== undefined))
        return usage/* EXIT_USAGE */.Ri;
    return reports.some(result/* hasErrors */.Cs) ? usage/* EXIT_FINDINGS */.cB : usage/* EXIT_OK */.Ij;
}
async function renderReports(format, reports, io, docsBaseUrl) {
    switch (format) {
        case 'json':
            return (await __webpack_require__.e(/* import() */ 545).then(__webpack_require__.bind(__webpack_require__, 7545))).formatJson(reports);
        case 'sarif':
            return (await __webpack_require__.e(/* import() */ 286).then(__webpack_require__.bind(__webpack_require__, 286))).formatSarif(reports, (0,installation/* packageVersion */.Tl)(), docsBaseUrl);
        case 'github':
            return (await __webpack_require__.e(/* import() */ 108).then(__webpack_require__.bind(__webpack_require__, 7108))).formatGithub(reports);
        default:
            // Plan text and paths reach the terminal: no escape sequence, control character or workflow command.
            return (0,terminal_safe/* terminalSafe */.k)((await __webpack_require__.e(/* import() */ 245).then(__webpack_require__.bind(__webpack_require__, 5245))).formatStylish(reports, { enabled: io.colour }), io.colour);
    }
}


/***/ }),

/***/ 9294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   mQ: () => (/* binding */ countsOf),
/* harmony export */   q3: () => (/* binding */ totalsOfAll),
/* harmony export */   vA: () => (/* binding */ totalsOf),
/* harmony export */   zS: () => (/* binding */ countsOfAll)
/* harmony export */ });
/* unused harmony exports countFindings, failingTotals, progressTotalsOfAll, digestProgress */

/** Counts findings by severity. */
function countFindings(findings) {
    let errors = 0;
    for (const f of findings)
        if (f.severity === 'error')
            errors++;
    return { errors, warnings: findings.length - errors };
}
/**
 * The one counting rule: a plan's findings by severity, and a plan that could not be validated
 * counts as one error (it can never pass unseen).
 */
function totalsOf(result) {
    const counted = countFindings(result.findings);
    return result.error !== undefined ? { errors: counted.errors + 1, warnings: counted.warnings } : counted;
}
/** The totals of several plans: the sum of `totalsOf` over them. */
function totalsOfAll(results) {
    let errors = 0;
    let warnings = 0;
    for (const result of results) {
        const t = totalsOf(result);
        errors += t.errors;
        warnings += t.warnings;
    }
    return { errors, warnings };
}
function countsOf(result) {
    const totals = totalsOf(result);
    let newErrors = result.error !== undefined ? 1 : 0;
    let newWarnings = 0;
    for (const f of result.findings) {
        if (f.baselineState !== 'new')
            continue;
        if (f.severity === 'error')
            newErrors++;
        else
            newWarnings++;
    }
    return { ...totals, newErrors, newWarnings };
}
function countsOfAll(results) {
    const sum = { errors: 0, warnings: 0, newErrors: 0, newWarnings: 0 };
    for (const result of results) {
        const c = countsOf(result);
        sum.errors += c.errors;
        sum.warnings += c.warnings;
        sum.newErrors += c.newErrors;
        sum.newWarnings += c.newWarnings;
    }
    return sum;
}
/** What `fail-on` counts: every finding, or with `onlyNew` only those the change introduced. */
function failingTotals(results, onlyNew) {
    const c = countsOfAll(results);
    return onlyNew ? { errors: c.newErrors, warnings: c.newWarnings } : { errors: c.errors, warnings: c.warnings };
}
function progressTotalsOfAll(results) {
    let completedInChange = 0;
    let doneAtHead = 0;
    let totalAtHead = 0;
    for (const r of results) {
        completedInChange += r.delta?.completed.length ?? 0;
        doneAtHead += r.delta?.head.completed ?? 0;
        totalAtHead += r.delta?.head.total ?? 0;
    }
    return { completedInChange, doneAtHead, totalAtHead };
}
/** Whether a result holds an error: what fails a validation run. */
const hasErrors = (result) => totalsOf(result).errors > 0;
function digestProgress(summary) {
    const counts = new Map();
    for (const item of summary.items) {
        if (!item.milestone)
            continue;
        const c = counts.get(item.milestone) ?? { done: 0, total: 0 };
        c.total++;
        if (item.status === 'done')
            c.done++;
        counts.set(item.milestone, c);
    }
    const days = new Map();
    for (const item of summary.items) {
        if (item.status !== 'done' || !item.timestamp)
            continue;
        const ms = timestampMs(item.timestamp);
        if (!Number.isFinite(ms))
            continue;
        const date = new Date(ms).toISOString().slice(0, 10);
        days.set(date, (days.get(date) ?? 0) + 1);
    }
    const next = summary.next;
    return {
        total: summary.total,
        completed: summary.completed,
        percent: summary.percent,
        next: next
            ? { text: next.text, status: next.status, ...(next.remaining !== undefined ? { remaining: next.remaining } : {}) }
            : null,
        milestones: [...counts].map(([name, c]) => ({ name, ...c })),
        completions: [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, count]) => ({ date, count })),
    };
}


/***/ })

};
