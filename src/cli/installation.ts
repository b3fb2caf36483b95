import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files that ship beside the CLI: `package.json` and `templates/` sit at the package root, two
 * folders above both the bundle (`dist/cli/index.js`) and the sources (`src/cli/*.ts`).
 */
export function installedFile(relativePath: string, accept: (path: string) => boolean = existsSync): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (accept(candidate)) return candidate;
  }
  throw new Error(`${relativePath} was not found beside the execplan installation.`);
}

let version: string | undefined;

const readJson = (path: string): { name?: string; version?: string } =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { name?: string; version?: string }) : {};

/** The version in the package's own `package.json` (not `dist/package.json`, which only sets the module type). */
export function packageVersion(): string {
  version ??= readJson(installedFile('package.json', (path) => readJson(path).name === 'execplan')).version ?? '0.0.0';
  return version;
}
