import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files that ship beside the CLI: `package.json` and `templates/` sit at the package root, two
 * folders above both the bundle (`dist/cli/index.js`) and the sources (`src/cli/*.ts`).
 */
export function installedFile(relativePath: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`${relativePath} was not found beside the execplan installation.`);
}

let version: string | undefined;

/**
 * The version in the package's own `package.json`: one place for it. The bundle's folders hold a
 * `package.json` of their own (`{"type":"module"}`, no version), which is passed over.
 */
export function packageVersion(): string {
  if (version !== undefined) return version;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (!existsSync(candidate)) continue;
    const found = (JSON.parse(readFileSync(candidate, 'utf8')) as { version?: unknown }).version;
    if (typeof found === 'string') return (version = found);
  }
  throw new Error('package.json with a version was not found beside the execplan installation.');
}
