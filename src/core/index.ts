/** The pure engine: parsing, rules, progress and delta. No file system, network or environment. */
export { parsePlan, findSection, type Plan } from './plan.js';
export { lintPlan, effectiveSetting, type LintOptions, type LintResult } from './lint.js';
export { DEFAULT_SETTINGS, type LintSettings } from './settings.js';
export { summariseProgress, titleOf, type ProgressSummary, type ProgressItem } from './progress.js';
export { progressDelta, type PlanDelta, type DeltaItem } from './delta.js';
export { parseConfig, ConfigError, CONFIG_FILE_NAMES } from './config.js';
export { loadConfigFrom, type ConfigStore, type LoadedConfig } from './config-discovery.js';
export { totalsOf, totalsOfAll, countFindings, type PlanResult, type Totals } from './result.js';
export { RULES, RULE_IDS } from './rules/index.js';
export { docsUrl, type Finding, type Severity, type Rule } from './rule.js';
