import { mkdir, readFile, writeFile } from '../../io/fs-async.js';
import { dirname, join, resolve } from 'node:path';
import { fillTemplate } from '../../core/template.js';
import { installedFile } from '../installation.js';
import type { CliIo } from '../main.js';
import { EXIT_OK, EXIT_USAGE, parseCommand, UsageError } from '../usage.js';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('init', args, {
    purpose: { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  if (positionals.length !== 2)
    throw new UsageError('init takes a file and a title, e.g. execplan init .plans/auth.md "Add JWT auth".', 'init');
  const [path, title] = positionals;
  if (!title.trim()) throw new UsageError('the title must not be empty.', 'init');
  const target = resolve(io.cwd, path);
  const text = fillTemplate(await readFile(installedFile(join('templates', 'plan.md')), 'utf8'), {
    title,
    purpose: values.purpose,
    now: io.now(),
  });
  await mkdir(dirname(target), { recursive: true });
  try {
    // `wx` refuses atomically to replace an existing file.
    await writeFile(target, text, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      io.stderr(`execplan: ${path} already exists; it was left unchanged. Use --force to overwrite it.\n`);
      return EXIT_USAGE;
    }
    io.stderr(`execplan: cannot write ${path}: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`Created ${path}. Fill in each section, then run: execplan validate ${path}\n`);
  return EXIT_OK;
}
