import { paceJson } from '../core/pace.js';
import { totalsOfAll } from '../core/result.js';
import { toJsonReport } from '../formatters/json.js';
import { toDeltaJson } from '../formatters/progress.js';
import type { RunResult } from './run-result.js';
import type { Runner } from './runner.js';
import { deltaOf } from './validate.js';

/** The JSON report: the `validate --format json` shape plus each plan's progress delta and pace. */
export function toActionReport(result: RunResult) {
  return {
    ...toJsonReport(result.plans),
    progress: result.plans.map((p) => ({
      path: p.path,
      ...toDeltaJson(deltaOf(p)),
      ...(p.pace ? { pace: paceJson(p.pace) } : {}),
    })),
  };
}

/** Writes the JSON report and sets the step's outputs, every count from the same result model. */
export async function writeOutputs(result: RunResult, runner: Runner): Promise<void> {
  const report = toActionReport(result);
  const reportPath = await runner.writeReport(JSON.stringify(report, null, 2) + '\n');
  const totals = totalsOfAll(result.plans);
  runner.setOutput('errors', String(totals.errors));
  runner.setOutput('warnings', String(totals.warnings));
  runner.setOutput('plans', String(result.plans.length));
  runner.setOutput('completed', String(result.plans.reduce((n, p) => n + deltaOf(p).head.completed, 0)));
  runner.setOutput('total', String(result.plans.reduce((n, p) => n + deltaOf(p).head.total, 0)));
  runner.setOutput('report', reportPath);
}
