import { mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import type { FileStamp } from '../src/io/plan-files.js';
import { join, resolve } from 'node:path';
import { DamagedCacheError, ValidationCache, cacheFilePath, readEntries, settingsOf } from '../src/cli/cache.js';
import type { LintJob } from '../src/cli/lint-outcome.js';
import { validateFiles } from '../src/cli/validate-files.js';
import { lintAll, threadCount } from '../src/cli/worker-pool.js';
import { decodePlan, expandPlanPaths } from '../src/cli/files.js';
import { DEFAULT_SETTINGS } from '../src/core/settings.js';
import { formatJson } from '../src/formatters/json.js';
import { corpusDir, describeShared, repoRoot, runCli, tempDir } from './helpers.js';

const plansDir = join(corpusDir, 'plans');
const pairsDir = join(corpusDir, 'pairs');
const specsDir = join(corpusDir, 'specs');
/**
 * Plans of this repository's own, for the tests that need some plans but not the corpus: every
 * rule's failing and passing examples, so that outcomes differ from plan to plan (its own plans
 * have no findings, and outcomes one slot off went unseen among them).
 */
const ownPlansDir = join(repoRoot, '__tests__', 'fixtures', 'rules');
const ownPlans = () =>
  readdirSync(ownPlansDir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.md'))
    .sort();
const job: LintJob = { settings: DEFAULT_SETTINGS, strict: false, base: undefined };

/** How many threads `validate DIR` chooses without `--workers`: `threadCount` of the texts it validates. */
const chosenThreads = async (dir: string): Promise<number> => {
  const { files } = await expandPlanPaths([dir], repoRoot);
  return threadCount(
    files.map((file) => {
      const read = decodePlan(readFileSync(resolve(repoRoot, file)));
      if (!('text' in read)) throw new Error(`${file}: ${read.error}`);
      return read.text.length;
    }),
  );
};

const sameOnWorkers = async (dir: string, format: string): Promise<void> => {
  const one = await runCli(['validate', dir, '--format', format, '--workers', '1']);
  const two = await runCli(['validate', dir, '--format', format, '--workers', '2']);
  expect(one.stdout.length).toBeGreaterThan(1000);
  expect(two).toEqual(one);
  // Without --workers, validate hands `undefined` on to lintAll (validate-files.ts), which runs
  // on threadCount(lengths) threads, as `--workers N` runs on threadCount(lengths, N) = N (at most
  // one per plan); nothing else depends on the option. When that choice is 1 or 2 threads (small
  // runs, or few processors), the run without the option is one of the two runs above, so it is
  // made only when it chooses another number of threads.
  const threads = await chosenThreads(dir);
  expect(threads).toBeGreaterThanOrEqual(1);
  if (threads > 2) expect(await runCli(['validate', dir, '--format', format])).toEqual(one);
};

describeShared('worker threads on ../shared', () => {
  test.each([
    ['the corpus plans', plansDir, 'json'],
    ['both sides of every pair', pairsDir, 'stylish'],
    ['the specification copies', specsDir, 'sarif'],
  ])('%s (%s): the same output byte for byte on one thread and on workers', (_, dir, format) =>
    sameOnWorkers(dir, format),
  );
});

describe('worker threads', () => {
  test.each([
    ['json', 'json'],
    ['sarif', 'sarif'],
  ])("this repository's rule examples (%s): the same output byte for byte on one thread and on workers", (_, format) =>
    sameOnWorkers(ownPlansDir, format),
  );

  test('outcomes come back in the order given, whichever worker finishes first', async () => {
    // The largest plan is sent first, so with three workers the small ones finish before it.
    const texts = ownPlans().map((n) => readFileSync(join(ownPlansDir, n), 'utf8'));
    const reversed = [...texts].reverse();
    const [inThread, onWorkers] = [reversed.map((t) => lintAll([t], job, 1)), lintAll(reversed, job, 3)] as const;
    const serial = await Promise.all(inThread);
    expect(new Set(serial.map(([o]) => JSON.stringify(o))).size).toBeGreaterThan(20);
    expect(await onWorkers).toEqual(serial.map(([o]) => o));
  });

  test('a plan beyond the limits is its own outcome on a worker too', async () => {
    const deep = '>'.repeat(5000) + ' deep\n';
    const [ok, limited] = await lintAll(['# Plan\n', deep], job, 2);
    expect('findings' in ok).toBe(true);
    expect(limited).toEqual(await lintAll([deep], job, 1).then(([o]) => o));
    expect('error' in limited).toBe(true);
  });

  test('small inputs stay on one thread; large ones use as many threads as the processors can keep busy', () => {
    const MB = 1024 * 1024;
    const plans = (count: number, each: number) => Array.from({ length: count }, () => each);
    for (const processors of [1, 2, 4, 8, 64]) {
      expect(threadCount([1000], undefined, processors)).toBe(1);
      expect(threadCount([1000, 2000, 3000], undefined, processors)).toBe(1);
      // One plan, however large, is one thread's work.
      expect(threadCount([50 * MB], undefined, processors)).toBe(1);
    }
    // An engine thread keeps about 1.5 processors busy: on two, one thread up to 8 MB (two workers
    // were slower there), then a worker per 4 MB; from three processors on, workers from 256 KB,
    // one per 1.5 processors.
    expect(threadCount(plans(50, 30_000), undefined, 2)).toBe(1);
    expect(threadCount(plans(330, 32_000), undefined, 2)).toBe(2);
    expect(threadCount(plans(50, 30_000), undefined, 4)).toBe(2);
    expect(threadCount(plans(5, 30_000), undefined, 4)).toBe(1);
    expect(threadCount(plans(500, 30_000), undefined, 8)).toBe(5);
    expect(threadCount(plans(3, 1 * MB), undefined, 8)).toBe(3);
    expect(threadCount(plans(500, 30_000), undefined, 1)).toBe(1);
    // --workers decides, at most one worker per plan.
    expect(threadCount([10, 10, 10], 8)).toBe(3);
    expect(threadCount([10, 10], 0)).toBe(1);
  });

  test('--workers must be a whole number', async () => {
    const r = await runCli(['validate', ownPlansDir, '--workers', 'two']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--workers takes a whole number');
  });
});

/** Plan paths as `validate` hands them over: the name in the output, and the file. */
const asFiles = (root: string, plans: readonly string[]) => plans.map((path) => ({ path, absolute: join(root, path) }));

describe('--cache', () => {
  /** A repository with two plans (each with findings) and a configuration, the cache at its default location. */
  function repository(): { root: string; file: string; plans: string[] } {
    const root = tempDir();
    const text = readFileSync(join(repoRoot, '__tests__', 'fixtures', 'demo', 'head', 'checkout-retries.md'), 'utf8');
    const names = ['a.md', 'b.md'];
    mkdirSync(join(root, '.plans'));
    names.forEach((name, i) => writeFileSync(join(root, '.plans', name), `${text}\nCopy ${i} of the plan.\n`));
    writeFileSync(join(root, '.execplan.json'), JSON.stringify({ rules: { 'fenced-code': 'off' } }));
    return { root, file: cacheFilePath(root), plans: names.map((n) => `.plans/${n}`) };
  }
  /** `later`: the run happens this long after the files were written (their stamps are trusted after 2 s). */
  const validate = (root: string, plans: string[], version = '1.0.0', workers = 1, later = 0) =>
    validateFiles(asFiles(root, plans), root, { ...job, cache: { version }, workers, now: () => Date.now() + later });
  /**
   * Rewrites the cache so that `plan` is cached with no findings at all: a hit shows as none. By
   * default under the digest of its bytes and with no stamp; `stamp` and `digest` plant others.
   */
  async function plantEmptyOutcome(
    root: string,
    plan: string,
    version = '1.0.0',
    settings = job.settings,
    { stamp, digest }: { stamp?: FileStamp; digest?: string } = {},
  ) {
    // A run that began long after `stamp` keeps it; one at the start of time keeps none.
    const readAtMs = stamp ? Date.now() + 10_000 : 0;
    const cache = await ValidationCache.open(cacheFilePath(root), version, { ...job, settings }, readAtMs);
    const path = join(root, plan);
    cache.set(path, digest ?? cache.digestOf(readFileSync(path)), stamp ?? stampOf(path), { findings: [] });
    await cache.save();
  }
  function stampOf(path: string): FileStamp {
    const info = statSync(path);
    return [info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs];
  }

  test('a second run gives the same results from the cache, and a cache entry is what is used', async () => {
    const { root, file, plans } = repository();
    const first = await validate(root, plans);
    expect(existsSync(file)).toBe(true);
    expect(first[0].findings.length).toBeGreaterThan(0);
    expect(formatJson(await validate(root, plans))).toBe(formatJson(first));

    await plantEmptyOutcome(root, plans[0]);
    const hit = await validate(root, plans);
    expect(hit[0].findings).toEqual([]);
    expect(hit[1].findings).toEqual(first[1].findings);
    expect(formatJson([hit[1]])).toBe(formatJson([first[1]]));
  });

  test('a changed file, configuration or version is a miss', async () => {
    const { root, plans } = repository();
    const first = await validate(root, plans);

    await plantEmptyOutcome(root, plans[0]);
    writeFileSync(join(root, plans[0]), readFileSync(join(root, plans[0]), 'utf8') + '\nOne more line.\n');
    expect((await validate(root, plans))[0].findings.length).toBeGreaterThan(0);

    await plantEmptyOutcome(root, plans[0]);
    const strict = await validateFiles(asFiles(root, plans), root, {
      ...job,
      strict: true,
      cache: { version: '1.0.0' },
    });
    expect(strict[0].findings.length).toBeGreaterThan(0);
    expect(strict[0].findings.every((f) => f.severity === 'error')).toBe(true);

    await plantEmptyOutcome(root, plans[1]);
    const configured = { ...job.settings, severities: { 'undefined-jargon': 'error' as const } };
    const otherConfig = await validateFiles(asFiles(root, plans), root, {
      ...job,
      settings: configured,
      cache: { version: '1.0.0' },
    });
    expect(otherConfig[1].findings.length).toBe(first[1].findings.length);
    expect(otherConfig[1].findings.length).toBeGreaterThan(0);

    await plantEmptyOutcome(root, plans[1]);
    expect((await validate(root, plans, '1.0.1'))[1]).toEqual(first[1]);
  });

  test('a base version is part of the key', async () => {
    const { root, plans } = repository();
    const base = readFileSync(join(root, plans[0]), 'utf8');
    await plantEmptyOutcome(root, plans[0]);
    const withBase = await validateFiles(asFiles(root, [plans[0]]), root, {
      ...job,
      base,
      cache: { version: '1.0.0' },
    });
    expect(withBase[0].findings.length).toBeGreaterThan(0);
  });

  test.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON', () => 'garbage\n{'],
    ['empty', () => ''],
    [
      'edited without its checksum',
      (text: string) => text.replace(/\[(\d+),([01]),(\d+),/, (_, a, b, c) => `[${a},${b},${Number(c) + 1},`),
    ],
    ['of another tool', () => JSON.stringify({ files: {} }) + '\n[]\n'],
    ['of another version', (text: string) => text.replace('"version":"1.0.0"', '"version":"0.9.0"')],
  ])('a cache file that is %s is ignored and rebuilt', async (_, damage) => {
    const { root, file, plans } = repository();
    const first = await validate(root, plans);
    const original = readFileSync(file, 'utf8');
    expect(damage(original)).not.toBe(original);
    writeFileSync(file, damage(original));
    expect(formatJson(await validate(root, plans))).toBe(formatJson(first));
    expect(readEntries(readFileSync(file), '1.0.0', settingsOf(job))?.size).toBe(2);
  });

  test('findings forged under a valid checksum are never shown: the run says so and validates again', async () => {
    const { root, file, plans } = repository();
    /** Gives the first finding stored a severity of 7 and the file a checksum that fits. */
    const forge = async () => {
      const text = readFileSync(file, 'utf8');
      const [header, body] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n') + 1)];
      const forged = body.replace(/\[(\d+),[01],/, '[$1,7,');
      expect(forged).not.toBe(body);
      const { crc32 } = await import('node:zlib');
      const checksum = `crc32-${crc32(Buffer.from(forged)).toString(16)}`;
      writeFileSync(file, header.replace(/"checksum":"[0-9a-z-]+"/, `"checksum":"${checksum}"`) + '\n' + forged);
    };
    await validate(root, plans);
    await forge();
    // The rows are well formed, so the file is read; the block is checked when its findings are rebuilt.
    expect(readEntries(readFileSync(file), '1.0.0', settingsOf(job), file)?.size).toBe(2);
    const results = await validate(root, plans);
    expect(() => results.map((r) => r.findings)).toThrow(DamagedCacheError);

    // The CLI shows the findings of a fresh validation, never the forged ones.
    const bare = await runCli(['validate'], root);
    expect((await runCli(['validate', '--cache'], root)).stdout).toBe(bare.stdout);
    await forge();
    const again = await runCli(['validate', '--cache'], root);
    expect(again.stdout).toBe(bare.stdout);
    expect(again.status).toBe(bare.status);
    expect(again.stderr).toContain(`the cache file ${file} holds findings this tool did not write`);
    expect((await runCli(['validate', '--cache'], root)).stderr).toBe('');
  });

  test('a plan whose stamp is unchanged is not read again: its entry is used as it is', async () => {
    const { root, plans } = repository();
    const first = await validate(root, plans, '1.0.0', 1, 10_000);
    // A digest that is not the file's: only a run that trusts the stamp, and does not read, finds the entry.
    const stamp = stampOf(join(root, plans[0]));
    await plantEmptyOutcome(root, plans[0], '1.0.0', job.settings, { stamp, digest: 'f'.repeat(128) });
    const trusted = await validate(root, plans, '1.0.0', 1, 10_000);
    expect(trusted[0].findings).toEqual([]);
    expect(trusted[1].findings).toEqual(first[1].findings);
    // The same entry under other settings is a miss: the settings are checked, not only the stamp.
    const strict = await validateFiles(asFiles(root, plans), root, {
      ...job,
      strict: true,
      cache: { version: '1.0.0' },
      now: () => Date.now() + 10_000,
    });
    expect(strict[0].findings.length).toBe(first[0].findings.length);
  });

  test('a rewrite that keeps the size and puts the old mtime back is read again (ctime)', async () => {
    const { root, plans } = repository();
    const path = join(root, plans[0]);
    // A whole second, so that utimes can put it back exactly.
    const mtime = new Date('2026-01-01T00:00:00Z');
    utimesSync(path, mtime, mtime);
    const first = await validate(root, plans, '1.0.0', 1, 10_000);
    await plantEmptyOutcome(root, plans[0], '1.0.0', job.settings, { stamp: stampOf(path) });
    const before = statSync(path);
    const text = readFileSync(path, 'utf8');
    // Past the kernel's coarse clock for ctime (a few ms), as a real edit after a run is.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(path, text.replace('Copy 0', 'Copy 9'));
    utimesSync(path, mtime, mtime);
    expect([statSync(path).size, statSync(path).mtimeMs]).toEqual([before.size, before.mtimeMs]);
    const again = await validate(root, plans, '1.0.0', 1, 10_000);
    expect(again[0].findings.length).toBe(first[0].findings.length);
  });

  test('the stamp of a file changed less than 2 s before the run is not kept', async () => {
    const { root, file, plans } = repository();
    await validate(root, plans);
    const rows = (text: string) => JSON.parse(text.split('\n')[1]) as unknown[][];
    expect(rows(readFileSync(file, 'utf8')).map((row) => row[2])).toEqual([null, null]);
    await validate(root, plans, '1.0.0', 1, 10_000);
    expect(rows(readFileSync(file, 'utf8')).map((row) => row[2])).toEqual([
      stampOf(join(root, plans[0])),
      stampOf(join(root, plans[1])),
    ]);
  });

  test('the CLI: --cache at the default location and --cache-location; output unchanged', async () => {
    const { root, file } = repository();
    const bare = await runCli(['validate', '--format', 'json'], root);
    const cold = await runCli(['validate', '--format', 'json', '--cache'], root);
    expect(existsSync(file)).toBe(true);
    const warm = await runCli(['validate', '--format', 'json', '--cache'], root);
    expect(cold).toEqual(bare);
    expect(warm).toEqual(bare);
    const elsewhere = join(root, 'cache', 'mine.json');
    expect(await runCli(['validate', '--format', 'json', '--cache', '--cache-location', elsewhere], root)).toEqual(
      bare,
    );
    expect(existsSync(elsewhere)).toBe(true);
  });
});
