import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../core/config-error.js';
import { loadConfigFrom, type ConfigStore, type LoadedConfig } from '../core/config-discovery.js';
import { useModuleCompileCache } from './compile-cache.js';

/**
 * The file system as a configuration store, with paths relative to the working folder (so that
 * messages name files as the user sees them), searched upwards to the repository root. Read
 * synchronously: the folders are few and a file is small, and the first asynchronous call starts
 * libuv's thread pool (half a millisecond of a one-plan run) for nothing.
 */
function fileSystemStore(cwd: string): ConfigStore {
  return {
    list: async (folder) => {
      try {
        return readdirSync(resolve(cwd, folder));
      } catch {
        return [];
      }
    },
    read: async (path) => {
      // A YAML file is parsed by yaml.cjs, beside the classic script in dist/ (see compile-cache.ts).
      if (!path.endsWith('.json')) useModuleCompileCache();
      try {
        return new Uint8Array(readFileSync(resolve(cwd, path)));
      } catch (caught) {
        const error = caught as NodeJS.ErrnoException;
        if (error.code === 'ENOENT') return undefined;
        throw new ConfigError(path, undefined, `cannot read the configuration file (${error.code ?? error.message}).`);
      }
    },
    parent: (folder) => {
      const full = resolve(cwd, folder);
      return dirname(full) === full ? undefined : join(folder, '..');
    },
    join: (folder, name) => (folder === '.' ? name : join(folder, name)),
  };
}

/** The configuration for a command run in `cwd`, or the file given with `--config`. */
export function loadConfig(explicitPath: string | undefined, cwd: string): Promise<LoadedConfig> {
  return loadConfigFrom(
    fileSystemStore(cwd),
    '.',
    explicitPath === undefined ? undefined : { path: explicitPath, givenIn: '--config' },
  );
}
