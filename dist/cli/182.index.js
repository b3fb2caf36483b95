export const id = 182;
export const ids = [182];
export const modules = {

/***/ 5182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/template.ts
/** Fills the plan template (`templates/plan.md`): `{{title}}`, `{{purpose}}` and `{{now}}`. */
function fillTemplate(template, values) {
    const now = values.now.toISOString().slice(0, 16).replace('T', ' ') + 'Z';
    const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
    const purpose = values.purpose !== undefined ? oneLine(values.purpose) : '';
    return template
        .replace(/\{\{title\}\}/g, () => oneLine(values.title))
        .replace(/\{\{now\}\}/g, () => now)
        .replace(/^\{\{purpose\}\}\n\n?/m, () => (purpose ? `${purpose}\n\n` : ''));
}

// EXTERNAL MODULE: ./src/cli/installation.ts
var installation = __webpack_require__(16);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/commands/init.ts





async function run(args, io) {
    const { values, positionals } = (0,usage/* parseCommand */.RM)('init', args, {
        purpose: { type: 'string' },
        force: { type: 'boolean', default: false },
    });
    if (positionals.length !== 2)
        throw new usage/* UsageError */.eb('init takes a file and a title, e.g. execplan init .plans/auth.md "Add JWT auth".', 'init');
    const [path, title] = positionals;
    if (!title.trim())
        throw new usage/* UsageError */.eb('the title must not be empty.', 'init');
    const target = (0,external_node_path_.resolve)(io.cwd, path);
    const text = fillTemplate(await (0,promises_.readFile)((0,installation/* installedFile */.Pc)((0,external_node_path_.join)('templates', 'plan.md')), 'utf8'), {
        title,
        purpose: values.purpose,
        now: io.now(),
    });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    try {
        // `wx` refuses atomically to replace an existing file.
        await (0,promises_.writeFile)(target, text, { flag: values.force ? 'w' : 'wx' });
    }
    catch (error) {
        if (error.code === 'EEXIST') {
            io.stderr(`execplan: ${path} already exists; it was left unchanged. Use --force to overwrite it.\n`);
            return usage/* EXIT_USAGE */.Ri;
        }
        io.stderr(`execplan: cannot write ${path}: ${error.message}\n`);
        return usage/* EXIT_USAGE */.Ri;
    }
    io.stdout(`Created ${path}. Fill in each section, then run: execplan validate ${path}\n`);
    return usage/* EXIT_OK */.Ij;
}


/***/ })

};
