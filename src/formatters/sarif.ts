import { RULES } from '../core/rules/index.js';
import { docsUrl, type Finding } from '../core/rule.js';
import type { PlanResult } from '../core/result.js';

export const TOOL_URI = 'https://github.com/execplan/execplan';

/**
 * What lets code scanning track a result across commits: `partialFingerprints` (our hash of the
 * rule, message and line content, and `primaryLocationLineHash`, the line content's hash, each
 * with `:N` counting earlier results that share it) and `baselineState` when a base was given.
 */
function sarifBaseline(f: Finding) {
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
export function toSarif(files: readonly PlanResult[], version: string, docsBaseUrl?: string) {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.meta.id, index]));
  const results = files.flatMap((file) =>
    file.findings.map((f) => ({
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
    })),
  );
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
            rules: RULES.map((rule) => ({
              id: rule.meta.id,
              name: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              fullDescription: { text: rule.meta.rationale },
              helpUri: docsUrl(rule.meta.id, docsBaseUrl),
              help: { text: `${rule.meta.description} ${docsUrl(rule.meta.id, docsBaseUrl)}` },
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

export function formatSarif(files: readonly PlanResult[], version: string, docsBaseUrl?: string): string {
  return JSON.stringify(toSarif(files, version, docsBaseUrl), null, 2) + '\n';
}
