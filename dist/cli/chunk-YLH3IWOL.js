import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/action/log-line.ts
var RUNNER_WHITE_SPACE = "[\\t\\n\\v\\f\\r\\u0085\\u2028\\u2029\\ufeff\\p{Zs}]";
var COMMAND_START = new RegExp(`^(${RUNNER_WHITE_SPACE}*)::`, "u");
var COMMAND_LINE_START = new RegExp(`^(${RUNNER_WHITE_SPACE}*)::`, "gmu");

// src/cli/terminal-safe.ts
var ESCAPE_SEQUENCE = (
  // eslint-disable-next-line no-control-regex
  /\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u001b\u009c]*[\u0007\u009c]?|\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~])?/g
);
var COLOUR = /^\u001b\[[0-9;]*m$/;
var CONTROL = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function terminalSafe(text, colour = false) {
  return text.replace(ESCAPE_SEQUENCE, (sequence) => colour && COLOUR.test(sequence) ? sequence : "").replace(CONTROL, "").replace(COMMAND_LINE_START, "$1: :");
}

export {
  terminalSafe
};
