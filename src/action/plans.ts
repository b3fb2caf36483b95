import type { ReadResult } from '../core/decode.js';
import { decodePlan } from '../core/decode.js';
import type { LintSettings } from '../core/settings.js';
import type { PlanResult } from '../core/result.js';
import { readChangedPlans, type ChangedPlans, type PlanSource } from './changed-plans.js';
import type { Target } from './event.js';
import type { GitHubClient } from './github.js';
import type { ActionInputs } from './inputs.js';
import type { Runner } from './runner.js';
import { validatePlan } from './validate.js';

/**
 * Reads the plans the target changed (or, for the workspace, every plan in it) and validates
 * each as soon as it is read; the settings may still be loading while the files are listed.
 */
export async function validatePlans(
  client: GitHubClient,
  inputs: ActionInputs,
  target: Target,
  runner: Runner,
  settingsLoad: Promise<LintSettings>,
): Promise<ChangedPlans<PlanResult>> {
  const validate = async (source: PlanSource): Promise<PlanResult> =>
    validatePlan(source, await settingsLoad, inputs.strict);
  if (target.kind !== 'workspace') return readChangedPlans(client, target, inputs.plans, validate);
  const files = await runner.workspacePlans(inputs.plans);
  return {
    plans: await Promise.all(
      files.map(({ path, bytes }) => {
        const head: ReadResult =
          bytes === undefined ? { error: 'could not be read from the workspace.' } : decodePlan(bytes);
        // With no base to compare with, the current state is its own base: progress without a delta.
        return validate({ path, head, base: head });
      }),
    ),
    removed: [],
  };
}
