import { DEFAULT_DOCS_BASE_URL, repositoryWebUrl, rulesDocsBase } from '../core/docs-url.js';
import { packageManifest } from './installation.js';

/**
 * The rule pages of the installed version: the package's `repository` at the tag of its
 * version (`v1.2.0`; see "Releases" in the README for how releases are tagged).
 */
export function cliDocsBase(): string {
  const manifest = packageManifest();
  if (manifest.docsBase !== undefined) return manifest.docsBase;
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const web = repository === undefined ? undefined : repositoryWebUrl(repository);
  return web === undefined ? DEFAULT_DOCS_BASE_URL : rulesDocsBase(web, `v${manifest.version}`);
}
