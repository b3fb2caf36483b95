import type { Rule } from '../rule.js';
import { REQUIRED_SECTIONS } from '../sections.js';

const rule: Rule = {
  meta: {
    id: 'required-sections',
    description: 'Reports each required section the plan lacks.',
    rationale:
      'A reader resumes work from the plan alone, so the living sections (Purpose, Progress, Surprises & Discoveries, Decision Log, Outcomes & Retrospective) and the Context and Validation sections must always be there to read and to update.',
    defaultSeverity: 'error',
    reportedAt: 'line 1, one finding per missing section',
    tags: ['structure'],
    fix: 'Add a heading (level 2 or deeper) that starts with one of the accepted names of the section (see Options), e.g. `## Decision Log`.',
    notes:
      'The `sections` key of the configuration file replaces the accepted heading starts of a section, e.g. `{"sections": {"Purpose": ["purpose", "goal"]}}`.',
  },
  check(context) {
    for (const name of REQUIRED_SECTIONS) {
      if (context.section(name)) continue;
      context.report({
        line: 1,
        column: 1,
        message: `The plan has no ${name} section.`,
      });
    }
  },
};

export default rule;
