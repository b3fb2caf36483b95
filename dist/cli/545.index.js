export const id = 545;
export const ids = [545];
export const modules = {

/***/ 7545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatJson: () => (/* binding */ formatJson),
/* harmony export */   toJsonReport: () => (/* binding */ toJsonReport)
/* harmony export */ });
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9294);

const newOf = (c) => ({
    newErrors: c.newErrors,
    newWarnings: c.newWarnings,
});
/**
 * The contract's `validate --format json` shape. A plan that could not be validated carries
 * `error` and counts as one error, as everywhere else.
 */
function toJsonReport(results) {
    // With a base version: each finding's `baselineState`, and the new errors and warnings.
    const baselined = results.some((r) => r.baselined);
    return {
        ...(0,_core_result_js__WEBPACK_IMPORTED_MODULE_0__/* .totalsOfAll */ .q3)(results),
        ...(baselined ? newOf((0,_core_result_js__WEBPACK_IMPORTED_MODULE_0__/* .countsOfAll */ .zS)(results)) : {}),
        files: results.map((result) => ({
            path: result.path,
            ...(0,_core_result_js__WEBPACK_IMPORTED_MODULE_0__/* .totalsOf */ .vA)(result),
            ...(result.baselined ? newOf((0,_core_result_js__WEBPACK_IMPORTED_MODULE_0__/* .countsOf */ .mQ)(result)) : {}),
            ...(result.error !== undefined ? { error: result.error } : {}),
            findings: result.findings.map((f) => ({
                ruleId: f.ruleId,
                severity: f.severity,
                line: f.line,
                column: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
                message: f.message,
                url: f.url,
                ...(f.baselineState !== undefined ? { baselineState: f.baselineState, fingerprint: f.fingerprint } : {}),
                ...(f.fix ? { fix: f.fix } : {}),
            })),
        })),
    };
}
function formatJson(results) {
    return JSON.stringify(toJsonReport(results), null, 2) + '\n';
}


/***/ })

};
