import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { parseConfig } from '../src/core/config.js';
import { repoRoot, runCli } from './helpers.js';

/** Issue 14: the pre-commit hook definition and the configuration's JSON Schema in use. */
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
    types: string[];
  }[];
  const pkg = JSON.parse(read('package.json')) as { bin: Record<string, string>; files: string[] };

  test('each hook runs the package bin with language node, on plans only', () => {
    expect(hooks.map((h) => h.id)).toEqual(['execplan', 'execplan-strict']);
    for (const hook of hooks) {
      expect(hook.language).toBe('node');
      expect(Object.keys(pkg.bin)).toContain(hook.entry.split(' ')[0]);
      expect(hook.types).toEqual(['markdown']);
      const files = new RegExp(hook.files);
      expect(['.plans/auth.md', '.plans/a/b/c.md'].every((p) => files.test(p))).toBe(true);
      expect(['README.md', 'docs/.plans/x.md', '.plans/notes.txt'].some((p) => files.test(p))).toBe(false);
    }
    expect(pkg.files).toContain('.pre-commit-hooks.yaml');
  });

  test('the entry works as pre-commit calls it: the staged plans appended', async () => {
    const [command, ...args] = hooks[1].entry.split(' ');
    expect(command).toBe('execplan');
    const r = await runCli([...args, '.plans/engine-and-cli.md', '.plans/performance.md']);
    expect(r.stdout).toContain('2 plans checked');
    expect(r.status).toBe(0);
  });
});

describe("the repository's .execplan.json", () => {
  test('names the schema with $schema; the schema and the configuration reader accept it', () => {
    const text = read('.execplan.json');
    const config = JSON.parse(text) as { $schema: string };
    expect(config.$schema).toBe('./schema/execplan.schema.json');
    const schema = JSON.parse(read(config.$schema.replace(/^\.\//, ''))) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(config)).toBe(true);
    expect(() => parseConfig(text, '.execplan.json')).not.toThrow();
    // An editor that checks the file with the schema refuses what the reader refuses.
    expect(validate({ ...config, rules: { 'fenced-cod': 'off' } })).toBe(false);
  });
});
