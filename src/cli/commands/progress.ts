import { resolve } from 'node:path';
import { paceOf } from '../../core/pace.js';
import { summariseProgress } from '../../core/progress.js';
import { formatProgress, toProgressJson } from '../../formatters/progress.js';
import { formatProgressMarkdown } from '../../formatters/progress-markdown.js';
import { loadConfig } from '../config-file.js';
import type { CliIo } from '../main.js';
import { displayPath, repositoryRoot } from '../paths.js';
import { EXIT_OK, formatOf, parseCommand, PROGRESS_FORMATS, UsageError } from '../usage.js';
import { parseOrFail, readOrFail } from './shared.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('progress', args, {
    json: { type: 'boolean', default: false },
    format: { type: 'string' },
    config: { type: 'string' },
  });
  const format = formatOf('progress', PROGRESS_FORMATS, values);
  if (positionals.length !== 1) throw new UsageError('progress takes exactly one plan file.', 'progress');
  const [given] = positionals;
  const { settings } = await loadConfig(values.config, io.cwd);
  const summary = summariseProgress(
    await parseOrFail('progress', given, await readOrFail('progress', given, io)),
    settings.sections.Progress,
  );
  const pace = paceOf(summary, io.now());
  const path = displayPath(repositoryRoot(io.cwd), resolve(io.cwd, given));
  io.stdout(
    format === 'json'
      ? JSON.stringify(toProgressJson(path, summary, pace), null, 2) + '\n'
      : format === 'markdown'
        ? formatProgressMarkdown(path, summary, pace)
        : formatProgress(path, summary, io.colour, pace),
  );
  return EXIT_OK;
}
