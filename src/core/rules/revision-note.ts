import type { Rule } from '../rule.js';

/** The last section: from the last heading of any level to the end of the file. */
function lastSection(text: string, start: number): string {
  return text
    .slice(start)
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

const rule: Rule = {
  meta: {
    id: 'revision-note',
    description:
      'Reports a changed plan whose last section (its revision note) did not change; only when a base version is given.',
    rationale:
      'When a plan is revised, a note at the bottom says what changed and why, so a reader of the new version knows what moved since the one they read.',
    defaultSeverity: 'warning',
    reportedAt: 'the last heading',
    tags: ['living-sections', 'revisions'],
    advice: 'Add a revision note at the bottom saying what changed in the plan and why.',
    notes:
      "Runs only with a base version: `execplan validate PLAN --base OLD_PLAN`, or in the action, against the pull request's base.",
  },
  check(context) {
    const { plan } = context;
    const base = context.base();
    if (!base || base.source.text === plan.source.text) return;
    const last = plan.headings.at(-1);
    if (!last) return;
    const baseLast = base.headings.at(-1);
    if (!baseLast) return;
    if (lastSection(plan.source.text, last.start) !== lastSection(base.source.text, baseLast.start)) return;
    context.report({
      line: last.line,
      message: 'The plan changed but its revision note (last section) did not.',
    });
  },
};

export default rule;
