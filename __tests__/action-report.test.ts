import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeGitHub } from './support/fake-github.js';
import { pullRequestPayload } from './support/run-action.js';
import { loadAction } from './support/action-harness.js';
import { corpusDir, testShared } from './helpers.js';

/**
 * The action's report.json carries this change's story (issue 11): each finding's baselineState
 * and the new counts, each plan's delta with its reworded items, and its pace. Pairs 005 and 012
 * of the corpus are one pull request.
 */
const runAction = await loadAction();
const pair = (n: string, side: 'base' | 'head') => readFileSync(join(corpusDir, 'pairs', n, `${side}.md`), 'utf8');
const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);

testShared('report.json: baselineState, newErrors and newWarnings, reworded items and pace', async () => {
  const server = await startFakeGitHub({
    commits: {
      [BASE]: { '.plans/release.md': pair('005', 'base'), '.plans/studio.md': pair('012', 'base') },
      [HEAD]: { '.plans/release.md': pair('005', 'head'), '.plans/studio.md': pair('012', 'head') },
    },
    pull: { number: 7, base: BASE, head: HEAD },
  });
  try {
    const r = await runAction({
      apiUrl: server.url,
      owner: server.owner,
      repo: server.repo,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: server.owner, repo: server.repo, number: 7, base: BASE, head: HEAD }),
      inputs: { token: 'ghs_exampletoken0123456789' },
      sha: 'c'.repeat(40),
    });
    expect(server.state.violations).toEqual([]);
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    const release = report.files.find((f: { path: string }) => f.path === '.plans/release.md');
    expect(release).toMatchObject({ errors: 3, newErrors: 0, newWarnings: 7 });
    expect(
      release.findings
        .filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { baselineState: string }) => f.baselineState),
    ).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(report.newErrors).toBe(0);
    expect(report.newWarnings).toBe(
      report.files.reduce((n: number, f: { newWarnings: number }) => n + f.newWarnings, 0),
    );
    const studio = report.progress.find((p: { path: string }) => p.path === '.plans/studio.md');
    expect(studio).toMatchObject({ added: [], removed: [], completed: [{ line: 18 }] });
    expect(studio.reworded).toEqual([
      expect.objectContaining({
        line: 18,
        baseLine: 18,
        baseText: expect.stringMatching(/^Milestone 3: Run full verification/),
      }),
    ]);
    expect(studio.pace).toMatchObject({ firstDone: expect.any(String), lastDone: expect.any(String) });
    expect(Object.keys(studio.pace)).toEqual(['firstDone', 'lastDone', 'perDay', 'estimatedDone', 'sinceLastDone']);
  } finally {
    await server.close();
  }
});
