import { isCommentOnly } from '../markdown.js';
import type { Rule } from '../rule.js';
import { trimEnds } from '../source.js';

/** What a not-yet-written Outcomes section says. */
const NOT_WRITTEN = /^(?:none(?:\s+yet)?|tbd|todo|n\/a|not\s+yet|pending)$/i;

const rule: Rule = {
  meta: {
    id: 'outcomes-when-done',
    description:
      'Reports a finished plan (every Progress item checked) whose Outcomes & Retrospective is empty or says only "None yet".',
    rationale:
      'At completion the plan records what was achieved, what remains and what was learned. A finished plan without that retrospective loses the lessons the work taught.',
    defaultSeverity: 'warning',
    reportedAt: 'the Outcomes & Retrospective heading',
    tags: ['living-sections', 'progress'],
    advice:
      'Every Progress item is checked, so summarise in Outcomes & Retrospective what was achieved, what remains and what was learned.',
  },
  check(context) {
    const items = context.progressItems();
    if (items.length === 0 || items.some((item) => item.status !== 'done')) return;
    const section = context.section('Outcomes & Retrospective');
    if (!section) return;
    const { text } = context.plan.source;
    const written = section.body
      .filter((node) => !(node.type === 'html' && isCommentOnly(node.value)))
      .map((node) => text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0))
      .join(' ');
    const said = trimEnds(written, /[\s.*_]/, /[\s>*_-]/);
    if (said !== '' && !NOT_WRITTEN.test(said)) return;
    context.report({
      line: section.heading.line,
      message: 'Every item is done: write Outcomes & Retrospective.',
    });
  },
};

export default rule;
