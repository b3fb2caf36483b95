import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { progressDelta } from '../../core/delta.js';
import { formatDelta, toDeltaJson } from '../../formatters/progress.js';
import { formatDeltaMarkdown } from '../../formatters/progress-markdown.js';
import { loadConfig } from '../config-file.js';
import type { CliIo } from '../main.js';
import { displayPath, repositoryRoot } from '../paths.js';
import { EXIT_OK, formatOf, parseCommand, PROGRESS_FORMATS, UsageError } from '../usage.js';
import { parseOrFail, readOrFail } from './shared.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('delta', args, {
    json: { type: 'boolean', default: false },
    format: { type: 'string' },
    config: { type: 'string' },
  });
  const format = formatOf('delta', PROGRESS_FORMATS, values);
  if (positionals.length !== 2)
    throw new UsageError('delta takes a base file and a head file ("-" as the base means a new plan).', 'delta');
  const [basePath, headPath] = positionals;
  const { settings } = await loadConfig(values.config, io.cwd);
  // "-" or a base that does not exist means the plan is new.
  const baseExists = basePath !== '-' && existsSync(resolve(io.cwd, basePath));
  const base = baseExists ? await parseOrFail('delta', basePath, await readOrFail('delta', basePath, io)) : undefined;
  const head = await parseOrFail('delta', headPath, await readOrFail('delta', headPath, io));
  const delta = progressDelta(base, head, settings.sections);
  const root = repositoryRoot(io.cwd);
  const shown = (path: string) => (path === '-' ? path : displayPath(root, resolve(io.cwd, path)));
  io.stdout(
    format === 'json'
      ? JSON.stringify(toDeltaJson(delta), null, 2) + '\n'
      : format === 'markdown'
        ? formatDeltaMarkdown(shown(basePath), shown(headPath), delta)
        : formatDelta(shown(basePath), shown(headPath), delta, io.colour),
  );
  return EXIT_OK;
}
