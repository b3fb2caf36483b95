// `npm run docs`: writes docs/rules/<id>.md for every rule, the README's rule table and the
// configuration's JSON Schema, from the rules' metadata. The docs test fails when either is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { configSchema } from '../src/core/config-schema.js';
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
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(join(root, 'schema', 'execplan.schema.json'), JSON.stringify(configSchema(), null, 2) + '\n');
console.log(`wrote ${RULES.length} rule pages, the README's rule table and schema/execplan.schema.json`);
