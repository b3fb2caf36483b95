// Start-up: one plan validated from the command line (`node dist/cli.js validate PLAN`, a fresh
// process each time) against `node -e 0` on the same Node, interleaved run by run so that a
// busier moment of the machine hits both alike. Wall time and, on Linux, CPU time (the children's
// user and system time from /proc/self/stat, which a machine shared with other work disturbs
// less). The compile cache (Node 22.1 and later) is warmed by the first, untimed run.
//
// The plan is a small one of the tests' fixtures (2.9 KB), the issue's measure; `REAL_PLAN`, one
// of this repository's own plans (13 KB, about the size of the corpus's plans: median 16.8 KB),
// shows what a plan of everyday size costs on top, which grows with its text.
//
//   node --import tsx scripts/bench-startup.ts [--node PATH] [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The plan the ratio is measured on. */
export const SMALL_PLAN = join(root, '__tests__', 'fixtures', 'cases', '01-clean-plan.md');
/** A plan of everyday size: this repository's own, for its first milestones (finished, so it stays as it is). */
export const REAL_PLAN = join(root, '.plans', 'engine-and-cli.md');

export interface StartupResult {
  readonly node: string;
  /** The plan validated, relative to the repository, and its size in KB (1,000 bytes). */
  readonly plan: string;
  readonly planKb: number;
  readonly runs: number;
  readonly nodeMs: number;
  readonly validateMs: number;
  readonly ratio: number;
  readonly nodeCpuMs: number | null;
  readonly validateCpuMs: number | null;
  readonly cpuRatio: number | null;
}

/** CPU time of this process's finished children, in ms (Linux), or null. */
function childrenCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // Fields 16 and 17 of proc(5), cutime and cstime, in clock ticks of (almost always) 10 ms.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function measureStartup(node = process.execPath, runs = 15, plan = SMALL_PLAN): StartupResult {
  const cli = [join(root, 'dist', 'cli.js'), 'validate', plan];
  const time = (args: string[]): [number, number | null] => {
    const cpu = childrenCpuMs();
    const start = performance.now();
    const r = spawnSync(node, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const wall = performance.now() - start;
    // A plan with findings exits 1; 2 is a failure.
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const after = childrenCpuMs();
    return [wall, cpu === null || after === null ? null : after - cpu];
  };
  time(cli); // warms the compile cache and the file system cache
  const bare: [number, number | null][] = [];
  const validate: [number, number | null][] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    validate.push(time(cli));
  }
  const wall = (xs: [number, number | null][]) => median(xs.map((x) => x[0]));
  const cpu = (xs: [number, number | null][]) => (xs[0][1] === null ? null : median(xs.map((x) => x[1] ?? 0)));
  const nodeCpu = cpu(bare);
  const validateCpu = cpu(validate);
  return {
    node: spawnSync(node, ['-v'], { encoding: 'utf8' }).stdout.trim(),
    plan: relative(root, plan).split(sep).join('/'),
    planKb: +(statSync(plan).size / 1000).toFixed(1),
    runs,
    nodeMs: +wall(bare).toFixed(1),
    validateMs: +wall(validate).toFixed(1),
    ratio: +(wall(validate) / wall(bare)).toFixed(2),
    nodeCpuMs: nodeCpu,
    validateCpuMs: validateCpu,
    cpuRatio: nodeCpu && validateCpu !== null ? +(validateCpu / nodeCpu).toFixed(2) : null,
  };
}

export const describeStartup = (r: StartupResult): string =>
  `start-up (${r.node}): node -e 0 ${r.nodeMs} ms, validate ${r.plan} (${r.planKb} KB) ${r.validateMs} ms, ratio ${r.ratio}` +
  (r.cpuRatio === null ? '' : `; CPU ${r.nodeCpuMs} ms and ${r.validateCpuMs} ms, ratio ${r.cpuRatio}`);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = (flag: string) => process.argv.indexOf(flag);
  const node = at('--node') > 0 ? process.argv[at('--node') + 1] : process.execPath;
  const runs = at('--runs') > 0 ? Number(process.argv[at('--runs') + 1]) : 15;
  console.log(describeStartup(measureStartup(node, runs)));
  console.log(describeStartup(measureStartup(node, runs, REAL_PLAN)));
}
