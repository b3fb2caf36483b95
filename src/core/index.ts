/** The pure engine: parsing, rules, progress and delta. No file system, network or environment. */
export { parsePlan, findSection, type Plan } from './plan.js';
export { lintPlan, effectiveSetting, DEFAULT_SETTINGS, type LintOptions, type LintResult } from './lint.js';
export { summariseProgress, titleOf, type ProgressSummary, type ProgressItem } from './progress.js';
export { progressDelta, type PlanDelta, type DeltaItem } from './delta.js';
export { parseConfig, ConfigError, CONFIG_FILE_NAMES } from './config.js';
export { RULES, RULE_IDS } from './rules/index.js';
export { docsUrl, type Finding, type Severity, type LintSettings, type Rule } from './rule.js';
