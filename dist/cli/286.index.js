export const id = 286;
export const ids = [286];
export const modules = {

/***/ 286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TOOL_URI: () => (/* binding */ TOOL_URI),
/* harmony export */   formatSarif: () => (/* binding */ formatSarif),
/* harmony export */   toSarif: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _core_rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1235);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1961);


const TOOL_URI = 'https://github.com/execplan/execplan';
/**
 * What lets code scanning track a result across commits: `partialFingerprints` (our hash of the
 * rule, message and line content, and `primaryLocationLineHash`, the line content's hash, each
 * with `:N` counting earlier results that share it) and `baselineState` when a base was given.
 */
function sarifBaseline(f) {
    return {
        ...(f.fingerprint !== undefined
            ? {
                partialFingerprints: {
                    'execplanFinding/v1': f.fingerprint,
                    ...(f.lineHash !== undefined ? { primaryLocationLineHash: f.lineHash } : {}),
                },
            }
            : {}),
        ...(f.baselineState !== undefined ? { baselineState: f.baselineState } : {}),
    };
}
/** SARIF 2.1.0, as GitHub code scanning accepts it: rules with help URIs, results with locations. */
function toSarif(files, version, docsBaseUrl) {
    const ruleIndex = new Map(_core_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y.map((rule, index) => [rule.meta.id, index]));
    const results = files.flatMap((file) => file.findings.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
        level: f.severity === 'error' ? 'error' : 'warning',
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(file.path.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' },
                    region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
            },
        ],
        ...sarifBaseline(f),
    })));
    const notifications = files
        .filter((file) => file.error !== undefined)
        .map((file) => ({
        level: 'error',
        message: { text: `${file.path}: ${file.error}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(file.path), uriBaseId: '%SRCROOT%' } } }],
    }));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'execplan',
                        version,
                        informationUri: TOOL_URI,
                        rules: _core_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y.map((rule) => ({
                            id: rule.meta.id,
                            name: rule.meta.id,
                            shortDescription: { text: rule.meta.description },
                            fullDescription: { text: rule.meta.rationale },
                            helpUri: (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(rule.meta.id, docsBaseUrl),
                            help: { text: `${rule.meta.description} ${(0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(rule.meta.id, docsBaseUrl)}` },
                            defaultConfiguration: { level: rule.meta.defaultSeverity },
                            properties: { tags: [...rule.meta.tags] },
                        })),
                    },
                },
                invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
                results,
            },
        ],
    };
}
function formatSarif(files, version, docsBaseUrl) {
    return JSON.stringify(toSarif(files, version, docsBaseUrl), null, 2) + '\n';
}


/***/ })

};
