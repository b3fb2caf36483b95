// `npm run demo`: the main job, on this machine, with no GitHub account, token or network.
// It starts a local stand-in for GitHub's API holding an example pull request that changes two
// plans (one new and valid, one with progress since the base and some errors) and code that a third,
// unchanged plan is about (listed as "may need an update"), runs the bundled
// action (node dist/index.js) against it as the runner would, and prints what GitHub would show.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { startFakeGitHub } from '../__tests__/support/fake-github.js';
import { actionRuntime, pullRequestPayload, runBundledAction } from '../__tests__/support/run-action.js';
import { fileURLToPath } from 'node:url';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '__tests__', 'fixtures', 'demo');
const read = (path: string): string => readFileSync(join(fixtures, path), 'utf8');
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const readme = '# Shop\n\nThe shop service.\n';

const server = await startFakeGitHub({
  commits: {
    [BASE]: {
      'README.md': readme,
      '.plans/checkout-retries.md': read('base/checkout-retries.md'),
      '.plans/search-ranking.md': read('unchanged/search-ranking.md'),
    },
    [HEAD]: {
      'README.md': readme,
      // Unchanged, but its Context names services/search/, which the pull request changes.
      '.plans/search-ranking.md': read('unchanged/search-ranking.md'),
      '.plans/checkout-retries.md': read('head/checkout-retries.md'),
      '.plans/search-index.md': read('head/search-index.md'),
      'services/search/src/rebuild.ts': 'export function rebuildIndex() {}\n',
    },
  },
  pull: { number: 42, base: BASE, head: HEAD },
});

const color = process.stdout.isTTY && !('NO_COLOR' in process.env);
const bold = (s: string): string => (color ? `\u001b[1m${s}\u001b[0m` : s);
const dim = (s: string): string => (color ? `\u001b[2m${s}\u001b[0m` : s);
const rule = (title: string): void => console.log(`\n${bold(`── ${title} `.padEnd(78, '─'))}`);

try {
  const result = await runBundledAction({
    apiUrl: server.url,
    owner: server.owner,
    repo: server.repo,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: server.owner, repo: server.repo, number: 42, base: BASE, head: HEAD }),
    node: actionRuntime(),
  });

  console.log(
    bold('execplan demo: pull request #42 changes .plans/checkout-retries.md and adds .plans/search-index.md'),
  );
  for (const run of server.state.checkRuns) {
    rule(`Check run "${run.name}" on ${run.head_sha.slice(0, 7)}`);
    console.log(`conclusion: ${bold(String(run.conclusion))}`);
    console.log(`title:      ${run.output.title}`);
    console.log(`\n${run.output.summary}\n`);
    console.log(`annotations (${run.output.annotations.length}):`);
    for (const a of run.output.annotations) {
      console.log(
        `  ${a.path}:${a.start_line}  ${a.annotation_level.padEnd(7)}  ${(a.title ?? '').padEnd(20)}  ${dim(a.message)}`,
      );
    }
  }
  for (const comment of server.state.comments) {
    rule(`Comment on pull request #42 (by ${comment.user.login})`);
    console.log(comment.body);
  }
  rule('The action step');
  console.log(
    `exit status: ${result.status} (${result.status === 0 ? 'passed' : 'failed, as fail-on: error asks when a plan has errors'})`,
  );
  console.log(
    `outputs:     ${Object.entries(result.outputs)
      .filter(([k]) => k !== 'report')
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  console.log(
    `API calls:   ${server.state.requests.length} (${server.state.requests.map((r) => `${r.method} ${r.operation?.split(' ')[1] ?? r.path}`).filter((v, i, a) => a.indexOf(v) === i).length} kinds), every one checked against GitHub's OpenAPI description: ${server.state.violations.length} mismatches`,
  );
  if (server.state.violations.length) console.log(server.state.violations);
} finally {
  await server.close();
}
