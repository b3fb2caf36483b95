import { access, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAMES, ConfigError, parseConfig } from '../core/config.js';
import { DEFAULT_SETTINGS } from '../core/lint.js';
import type { LintSettings } from '../core/rule.js';

export interface LoadedConfig {
  readonly settings: LintSettings;
  /** The file the settings came from, if any. */
  readonly path: string | undefined;
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Finds the configuration file: in the working folder, else in the folders above it up to the
 * repository root (the first folder holding `.git`). Two configuration files in one folder are
 * an error, because which one applies would be a guess.
 */
export async function discoverConfig(cwd: string): Promise<string | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const present: string[] = [];
    for (const name of CONFIG_FILE_NAMES) if (await exists(join(dir, name))) present.push(join(dir, name));
    if (present.length > 1) {
      throw new ConfigError(
        present[1],
        undefined,
        `found ${present.length} configuration files in one folder (${present.join(', ')}): keep one.`,
      );
    }
    if (present.length === 1) return present[0];
    if ((await exists(join(dir, '.git'))) || dirname(dir) === dir) return undefined;
  }
}

export async function loadConfig(explicitPath: string | undefined, cwd: string): Promise<LoadedConfig> {
  const path = explicitPath !== undefined ? resolve(cwd, explicitPath) : await discoverConfig(cwd);
  if (path === undefined) return { settings: DEFAULT_SETTINGS, path: undefined };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigError(
      explicitPath ?? path,
      undefined,
      'cannot read the configuration file: check the path given to --config.',
    );
  }
  return { settings: parseConfig(text, explicitPath ?? path), path };
}
