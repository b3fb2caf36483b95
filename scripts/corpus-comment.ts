// The pull-request comment for the 13 before/after pairs of ../shared/corpus/pairs as one pull
// request, as the action renders it: each pair validated by `validatePlan` (head against base,
// default settings) and the comment made by `renderComment`. Used by `comment-screenshots.ts`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderComment } from '../src/action/comment-render.js';
import type { RunResult } from '../src/action/run-result.js';
import { validatePlan } from '../src/action/validate.js';
import { DEFAULT_SETTINGS } from '../src/core/settings.js';

export const pairsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus', 'pairs');

export function corpusPairsReport(): RunResult {
  const plans = [];
  for (let n = 1; n <= 13; n++) {
    const id = String(n).padStart(3, '0');
    const read = (side: string) => ({ text: readFileSync(join(pairsDir, id, `${side}.md`), 'utf8') });
    plans.push(
      validatePlan({ path: `.plans/pair-${id}.md`, head: read('head'), base: read('base') }, DEFAULT_SETTINGS, false),
    );
  }
  return { plans, removed: [], headSha: 'b'.repeat(40), staleAfterDays: 14 };
}

export function corpusPairsComment(): string {
  const repo = 'https://github.com/octo-org/plans-demo';
  return renderComment(corpusPairsReport(), {
    checkUrl: `${repo}/pull/7/checks`,
    fileUrl: (path, line) => `${repo}/blob/${'b'.repeat(40)}/${path}#L${line}`,
  });
}
