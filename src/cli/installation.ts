import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files that ship beside the CLI: `package.json` and `templates/` sit at the package root, two
 * folders above both the bundle (`dist/cli/classic.cjs`) and the sources (`src/cli/*.ts`).
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
  /** In a bundle only: the rule pages' folder URL, which the build works out (`cliDocsBase`). */
  readonly docsBase?: string;
}

/**
 * The version and repository of the `package.json` the bundle was built with, as JSON (`define` in
 * scripts/build.mjs, which builds `dist/` from the same package), so that a run reads no file for
 * them; undefined where the sources run (the tests).
 */
declare const EXECPLAN_BUILT_MANIFEST: string | undefined;

let manifest: PackageManifest | undefined =
  typeof EXECPLAN_BUILT_MANIFEST === 'undefined' ? undefined : (JSON.parse(EXECPLAN_BUILT_MANIFEST) as PackageManifest);

/**
 * The package's own `package.json`, read once: the first one above this file that names the
 * package (the bundle's folder holds a `package.json` of its own, `{"type": "module"}`, which
 * has no version).
 */
export function packageManifest(): PackageManifest {
  if (manifest) return manifest;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (!existsSync(candidate)) continue;
    const read = JSON.parse(readFileSync(candidate, 'utf8')) as PackageManifest & { name?: string };
    if (read.name === 'execplan' && typeof read.version === 'string') return (manifest = read);
  }
  throw new Error('package.json was not found beside the execplan installation.');
}

/** The version in the package's own `package.json`: one place for it. */
export const packageVersion = (): string => packageManifest().version;
