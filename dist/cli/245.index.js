export const id = 245;
export const ids = [245];
export const modules = {

/***/ 5245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatStylish: () => (/* binding */ formatStylish)
/* harmony export */ });
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9294);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3412);


/** ESLint-style report: grouped by file, `line:col  severity  message  rule-id`, then a summary. */
function formatStylish(results, colours = { enabled: false }) {
    const on = colours.enabled;
    const out = [];
    const baselined = results.some((r) => r.baselined);
    for (const result of results) {
        if (result.error !== undefined) {
            out.push((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(on, '4', result.path), `  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(on, '31', 'error')}  ${result.error}`, '');
            continue;
        }
        if (result.findings.length === 0)
            continue;
        const rows = result.findings.map((f) => [`${f.line}:${f.column}`, f.severity, f.message, f.ruleId]);
        const widths = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
        out.push((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(on, '4', result.path));
        rows.forEach(([position, severity, message, ruleId], i) => {
            const coloured = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(on, severity === 'error' ? '31' : '33', severity.padEnd(widths[1]));
            // With a base version, a finding the base did not have is marked `new`.
            const mark = baselined ? `${result.findings[i].baselineState === 'new' ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(on, '36', 'new') : '   '}  ` : '';
            out.push(`  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(on, '2', position.padEnd(widths[0]))}  ${coloured}  ${mark}${message}  ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(on, '2', ruleId)}`);
        });
        out.push('');
    }
    const { errors, warnings } = (0,_core_result_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsOfAll */ .q3)(results);
    const withProblems = results.filter((r) => {
        const t = (0,_core_result_js__WEBPACK_IMPORTED_MODULE_1__/* .totalsOf */ .vA)(r);
        return t.errors + t.warnings > 0;
    }).length;
    const unvalidated = results.filter((r) => r.error !== undefined).length;
    if (errors + warnings === 0) {
        out.push((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(on, '32', `✔ ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(results.length, 'plan')} checked, no problems`));
    }
    else {
        let counts = `${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(errors + warnings, 'problem')} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(errors, 'error')}, ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(warnings, 'warning')})`;
        if (baselined) {
            const { newErrors, newWarnings } = (0,_core_result_js__WEBPACK_IMPORTED_MODULE_1__/* .countsOfAll */ .zS)(results);
            counts += `, ${newErrors + newWarnings} new (${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(newErrors, 'error')}, ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(newWarnings, 'warning')})`;
        }
        const notValidated = unvalidated ? `, ${unvalidated} of them could not be validated` : '';
        const summary = `✖ ${counts} in ${withProblems} of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(results.length, 'plan')}${notValidated}`;
        out.push((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .paint */ .n)(on, errors ? '31' : '33', summary));
    }
    return out.join('\n') + '\n';
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
