import { resolve } from 'node:path';
import { PlanLimitError } from '../../core/limits.js';
import { parsePlan, type Plan } from '../../core/plan.js';
import { readPlanFile } from '../files.js';
import { withMicromark } from '../micromark-on-demand.js';
import type { CliIo } from '../main.js';
import { UsageError, type CommandName } from '../usage.js';

/** Reads a plan for `progress` and `delta`; a missing or unreadable file is a usage error. */
export async function readOrFail(command: CommandName, path: string, io: CliIo): Promise<string> {
  const read = await readPlanFile(resolve(io.cwd, path));
  if ('error' in read) throw new UsageError(`${path}: ${read.error}`, command);
  return read.text;
}

/** Parses a plan for `progress` and `delta`; a plan beyond the engine's limits is a usage error. */
export async function parseOrFail(command: CommandName, path: string, text: string): Promise<Plan> {
  try {
    return await withMicromark(() => parsePlan(text));
  } catch (error) {
    if (error instanceof PlanLimitError) throw new UsageError(`${path}: ${error.message}`, command);
    throw error;
  }
}
