import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);
import {
  RULES,
  docsUrl
} from "./chunk-VEE3CH6S.js";
import "./chunk-PSCENAST.js";
import "./chunk-KTUVPLMJ.js";
import "./chunk-LUL3YT75.js";
import "./chunk-OFXZ4FKC.js";

// src/formatters/sarif.ts
var TOOL_URI = "https://github.com/execplan/execplan";
function sarifBaseline(f) {
  return {
    ...f.fingerprint !== void 0 ? {
      partialFingerprints: {
        "execplanFinding/v1": f.fingerprint,
        ...f.lineHash !== void 0 ? { primaryLocationLineHash: f.lineHash } : {}
      }
    } : {},
    ...f.baselineState !== void 0 ? { baselineState: f.baselineState } : {}
  };
}
function toSarif(files, version, docsBaseUrl) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const results = files.flatMap(
    (file) => file.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
      level: f.severity === "error" ? "error" : "warning",
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(file.path.replace(/^\.\//, "")), uriBaseId: "%SRCROOT%" },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }
          }
        }
      ],
      ...sarifBaseline(f)
    }))
  );
  const notifications = files.filter((file) => file.error !== void 0).map((file) => ({
    level: "error",
    message: { text: `${file.path}: ${file.error}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(file.path), uriBaseId: "%SRCROOT%" } } }]
  }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "execplan",
            version,
            informationUri: TOOL_URI,
            rules: RULES.map((rule) => ({
              id: rule.meta.id,
              name: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              fullDescription: { text: rule.meta.rationale },
              helpUri: docsUrl(rule.meta.id, docsBaseUrl),
              help: { text: `${rule.meta.description} ${docsUrl(rule.meta.id, docsBaseUrl)}` },
              defaultConfiguration: { level: rule.meta.defaultSeverity },
              properties: { tags: [...rule.meta.tags] }
            }))
          }
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results
      }
    ]
  };
}
function formatSarif(files, version, docsBaseUrl) {
  return JSON.stringify(toSarif(files, version, docsBaseUrl), null, 2) + "\n";
}
export {
  TOOL_URI,
  formatSarif,
  toSarif
};
