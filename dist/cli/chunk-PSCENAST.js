import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/core/docs-url.ts
var DEFAULT_REPOSITORY = "https://github.com/execplan/execplan";
function repositoryWebUrl(repository) {
  const trimmed = repository.trim();
  const short = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(trimmed);
  if (short) return `https://github.com/${short[1]}/${short[2]}`;
  const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(
    trimmed
  );
  if (url) return `https://${url[1]}/${url[2]}/${url[3]}`;
  const scp = /^git@([^:]+):([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(trimmed);
  if (scp) return `https://${scp[1]}/${scp[2]}/${scp[3]}`;
  return void 0;
}
function rulesDocsBase(repositoryUrl, ref) {
  return `${repositoryUrl.replace(/\/+$/, "")}/blob/${encodeURI(ref)}/docs/rules/`;
}
var DEFAULT_DOCS_BASE_URL = rulesDocsBase(DEFAULT_REPOSITORY, "main");

export {
  repositoryWebUrl,
  rulesDocsBase,
  DEFAULT_DOCS_BASE_URL
};
