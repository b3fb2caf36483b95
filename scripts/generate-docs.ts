// `npm run docs`: writes docs/rules/<id>.md for every rule and the README's rule table, from the
// rules' metadata. The docs test fails when either is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { RULES } from '../src/core/rules/index.js';
import { updatePage, updateReadme } from './rule-docs.js';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'docs', 'rules'), { recursive: true });
for (const rule of RULES) {
  const path = join(root, 'docs', 'rules', `${rule.meta.id}.md`);
  writeFileSync(path, updatePage(existsSync(path) ? readFileSync(path, 'utf8') : undefined, rule));
}
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, updateReadme(readFileSync(readmePath, 'utf8'), RULES));
console.log(`wrote ${RULES.length} rule pages and the README's rule table`);
