import { labelsOf, reportIncompleteEntries } from '../entries.js';
import type { Rule } from '../rule.js';

const LABELS = ['Observation', 'Evidence'] as const;

const rule: Rule = {
  meta: {
    id: 'surprise-entry',
    description: 'Reports a Surprises & Discoveries entry missing `Observation:` or `Evidence:`.',
    rationale:
      'A surprise saves the next reader time only when it says what was seen and shows the evidence (a test output, an error message) that lets them recognise it.',
    defaultSeverity: 'warning',
    reportedAt: "the entry's first line",
    tags: ['living-sections'],
    advice: 'Give each entry "Observation: …" and "Evidence: …" (a test output or an error message).',
    notes:
      'Labels may be bold (`**Observation:**`), end in a full-width colon (`观察：`) and have built-in names in the languages of `docs/languages.md` (`观察`/`证据`, `観察`/`証拠`, `관찰`/`증거`, `Observación`/`Hallazgo`/`Evidencia`, …). The `labels` key of the configuration file replaces the names of `Observation` or `Evidence`. "None yet.", "(none yet)" and their translations are no entry.',
  },
  check(context) {
    reportIncompleteEntries(context, 'Surprises & Discoveries', labelsOf(context.settings.labels, LABELS), '');
  },
};

export default rule;
