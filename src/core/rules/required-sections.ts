import { missingSectionFix } from '../fixes.js';
import type { Rule } from '../rule.js';
import type { Plan, PlanHeading } from '../plan.js';
import { REQUIRED_SECTIONS } from '../sections.js';

/** The heading of the outermost section holding the most checkbox items: what the author uses as Progress. */
function headingHoldingCheckboxes(plan: Plan): PlanHeading | undefined {
  const starts = plan.checkboxItems.map((item) => item.start);
  if (starts.length === 0) return undefined;
  // The items are in document order: count those in a section by bisection.
  const countBelow = (offset: number): number => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  let best: PlanHeading | undefined;
  let most = 0;
  for (const section of plan.sections) {
    if (section.heading.depth < 2) continue;
    const count = countBelow(section.end) - countBelow(section.bodyStart);
    if (count > most) {
      best = section.heading;
      most = count;
    }
  }
  return best;
}

const rule: Rule = {
  meta: {
    id: 'required-sections',
    description: 'Reports each required section the plan lacks.',
    rationale:
      'A reader resumes work from the plan alone, so the living sections (Purpose, Progress, Surprises & Discoveries, Decision Log, Outcomes & Retrospective) and the Context and Validation sections must always be there to read and to update.',
    defaultSeverity: 'error',
    reportedAt: 'line 1, one finding per missing section',
    tags: ['structure'],
    advice:
      'Add a heading (level 2 or deeper) that starts with one of the accepted names of the section (see Options), e.g. `## Decision Log`.',
    fixable:
      'appends a missing Surprises & Discoveries, Decision Log or Outcomes & Retrospective section as `init` writes it (heading, guidance comment, "None yet."); not Outcomes once every Progress item is checked, nor the other sections, which an empty stand-in would not satisfy. The action has no template, so it suggests none.',
    notes:
      'A heading matches a section when it starts with one of its names as whole words (`Progress Notes`; not `Progressive rollout`), or when one or two qualifying words come before the name and the name ends the heading or is followed by "and …" (`Existing Context`, `Current repository context`, `5. Repository context`, `Testing and validation`); a negation or a hyphen is no qualifier (`Non-Decisions`, `No progress yet`). Each section also has built-in names in Chinese (simplified and traditional), Japanese, Korean, Spanish, Portuguese, French, German and Russian, listed in `docs/languages.md` (`进度`, `進捗`, `진행 상황`, `Progreso`, `Fortschritt`, …). When Progress is missing, the finding names the heading that holds the checkbox items: map it to Progress with `{"sections": {"Progress": ["<that heading>"]}}`. The `sections` key of the configuration file replaces the accepted heading starts of a section, e.g. `{"sections": {"Purpose": ["purpose", "goal"]}}`.',
  },
  check(context) {
    for (const name of REQUIRED_SECTIONS) {
      if (context.section(name)) continue;
      const lookalike = name === 'Progress' ? headingHoldingCheckboxes(context.plan) : undefined;
      context.report({
        line: 1,
        column: 1,
        // The accepted names and how to map others are on the docs page; a lookalike is named here.
        message: lookalike
          ? // The contract asks for the heading and the mapping here, even past one 100-column line.
            `No Progress section: the checkboxes under "${lookalike.text}" (line ${lookalike.line}) look like it; ` +
            `map them with {"sections": {"Progress": ["${lookalike.normalised}"]}}.`
          : `The plan has no ${name} section.`,
        fix: missingSectionFix(context, name),
      });
    }
  },
};

export default rule;
