#!/usr/bin/env node
// Writes __tests__/fixtures/github-openapi.json: the parts of GitHub's published REST description
// (the @octokit/openapi package, generated/api.github.com.deref.json) for the operations the
// action calls: parameters, request body schema and the success response schema. The test
// stand-in for GitHub checks every request against it. The package is 385 MB installed, so it is
// not a dependency; to refresh the extract:
//
//   npm install --no-save --prefix /tmp/openapi @octokit/openapi
//   node scripts/extract-openapi.mjs /tmp/openapi/node_modules/@octokit/openapi
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/files'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/git/blobs/{file_sha}'],
  ['get', '/repos/{owner}/{repo}/git/trees/{tree_sha}'],
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['patch', '/repos/{owner}/{repo}/check-runs/{check_run_id}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/comments'],
  ['post', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['get', '/user'],
];

const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: node scripts/extract-openapi.mjs PATH/TO/node_modules/@octokit/openapi');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const spec = JSON.parse(readFileSync(join(packageDir, 'generated', 'api.github.com.deref.json'), 'utf8'));
const operations = {};
for (const [method, path] of OPERATIONS) {
  const op = spec.paths[path]?.[method];
  if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in the description`);
  const success = Object.keys(op.responses).find((code) => code.startsWith('2'));
  operations[`${method.toUpperCase()} ${path}`] = {
    operationId: op.operationId,
    parameters: (op.parameters ?? []).map((p) => ({
      name: p.name,
      in: p.in,
      required: Boolean(p.required),
      schema: p.schema,
    })),
    requestBody: op.requestBody?.content?.['application/json']?.schema ?? null,
    success: Number(success),
    response: op.responses[success]?.content?.['application/json']?.schema ?? null,
  };
}
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '__tests__', 'fixtures', 'github-openapi.json');
writeFileSync(
  out,
  JSON.stringify({ source: `${pkg.name}@${pkg.version} generated/api.github.com.deref.json`, operations }, null, 1) +
    '\n',
);
console.log(`wrote ${Object.keys(operations).length} operations from ${pkg.name}@${pkg.version} to ${out}`);
