import { paceJson } from '../core/pace.js';
import { countsOfAll, progressTotalsOfAll } from '../core/result.js';
import { toJsonReport } from '../formatters/json.js';
import { toDeltaJson } from '../formatters/progress.js';
import type { RunResult } from './run-result.js';
import type { Runner } from './runner.js';
import { deltaOf } from './validate.js';

/**
 * The JSON report: the `validate --format json` shape plus each plan's progress delta and pace,
 * and a `summary` of the run's numbers under the names the comment uses.
 */
export function toActionReport(result: RunResult) {
  const counts = countsOfAll(result.plans);
  return {
    ...toJsonReport(result.plans),
    summary: {
      plans: result.plans.length,
      ...counts,
      unchangedErrors: counts.errors - counts.newErrors,
      unchangedWarnings: counts.warnings - counts.newWarnings,
      ...progressTotalsOfAll(result.plans),
    },
    progress: result.plans.map((p) => ({
      path: p.path,
      ...toDeltaJson(deltaOf(p)),
      ...(p.pace ? { pace: paceJson(p.pace) } : {}),
    })),
    ...(result.stale ? { stalePlans: result.stale } : {}),
  };
}

/** Writes the JSON report and sets the step's outputs, every count from the same result model. */
export async function writeOutputs(result: RunResult, runner: Runner): Promise<void> {
  const report = toActionReport(result);
  const reportPath = await runner.writeReport(JSON.stringify(report, null, 2) + '\n');
  const counts = countsOfAll(result.plans);
  const progress = progressTotalsOfAll(result.plans);
  runner.setOutput('errors', String(counts.errors));
  runner.setOutput('warnings', String(counts.warnings));
  runner.setOutput('new-errors', String(counts.newErrors));
  runner.setOutput('new-warnings', String(counts.newWarnings));
  runner.setOutput('plans', String(result.plans.length));
  runner.setOutput('completed', String(progress.doneAtHead));
  runner.setOutput('total', String(progress.totalAtHead));
  runner.setOutput('report', reportPath);
}
