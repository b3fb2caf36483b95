import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import "./chunk-OFXZ4FKC.js";

// src/formatters/github.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function workflowCommand(command, properties, message) {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${command} ${props}::${escapeData(message)}`;
}
function formatGithub(results) {
  const lines = [];
  for (const result of results) {
    if (result.error !== void 0) {
      lines.push(workflowCommand("error", { file: result.path, title: "execplan" }, result.error));
      continue;
    }
    for (const f of result.findings) {
      const at = {
        file: result.path,
        line: f.line,
        col: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        title: f.ruleId
      };
      lines.push(workflowCommand(f.severity, at, `${f.message} ${f.url}`));
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
export {
  escapeData,
  escapeProperty,
  formatGithub,
  workflowCommand
};
