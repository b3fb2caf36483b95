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

export interface PackageManifest {
  readonly version: string;
  readonly repository?: string | { readonly url?: string };
}

let manifest: PackageManifest | undefined;

/** The package's own `package.json`, read once. */
export function packageManifest(): PackageManifest {
  manifest ??= JSON.parse(readFileSync(installedFile('package.json'), 'utf8')) as PackageManifest;
  return manifest;
}

/** The version in the package's own `package.json`: one place for it. */
export const packageVersion = (): string => packageManifest().version;
