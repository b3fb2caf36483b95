export const id = 108;
export const ids = [108];
export const modules = {

/***/ 7108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   formatGithub: () => (/* binding */ formatGithub),
/* harmony export */   workflowCommand: () => (/* binding */ workflowCommand)
/* harmony export */ });
/** Escapes workflow-command data so that plan text can never end the command or start another. */
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** One workflow command line: `::error file=a.md,line=3::message`, every part escaped. */
function workflowCommand(command, properties, message) {
    const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command} ${props}::${escapeData(message)}`;
}
/** One GitHub workflow-command annotation per finding (`::error file=…,line=…::message`). */
function formatGithub(results) {
    const lines = [];
    for (const result of results) {
        if (result.error !== undefined) {
            lines.push(workflowCommand('error', { file: result.path, title: 'execplan' }, result.error));
            continue;
        }
        for (const f of result.findings) {
            const at = {
                file: result.path,
                line: f.line,
                col: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
                title: f.ruleId,
            };
            lines.push(workflowCommand(f.severity, at, `${f.message} ${f.url}`));
        }
    }
    return lines.length ? lines.join('\n') + '\n' : '';
}


/***/ })

};
