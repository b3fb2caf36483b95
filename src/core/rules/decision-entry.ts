import { labelsOf, reportIncompleteEntries } from '../entries.js';
import type { Rule } from '../rule.js';

const LABELS = ['Decision', 'Rationale', 'Date/Author'] as const;

const rule: Rule = {
  meta: {
    id: 'decision-entry',
    description: 'Reports a Decision Log entry missing `Decision:`, `Rationale:` or `Date/Author:`.',
    rationale:
      'A decision is only useful to the next contributor with its reason and its date: without the rationale it will be re-argued, without the date nobody knows which came first.',
    defaultSeverity: 'warning',
    reportedAt: "the entry's first line",
    tags: ['living-sections'],
    advice: 'Give each entry "Decision: …", "Rationale: …" and "Date/Author: …".',
    notes:
      '`Date:` is accepted for `Date/Author:`, `Reason:` for `Rationale:`. Labels may be bold (`**Decision:**`), end in a full-width colon (`决策：`), and carry a short parenthetical before the colon (`Decision (amendment):`). Built-in names in the languages of `docs/languages.md` (`决策`/`理由`/`日期`, `決定`/`根拠`/`日付`, `결정`/`근거`/`날짜`, `Decisión`/`Justificación`/`Fecha`, …). The `labels` key of the configuration file replaces the names of a label, e.g. `{"labels": {"Decision": ["decision", "选择"]}}`. "None yet.", "(none yet)" and the same words in the built-in languages (`暂无`, `なし`, `없음`, …) are no entry.',
  },
  check(context) {
    reportIncompleteEntries(context, 'Decision Log', labelsOf(context.settings.labels, LABELS), '');
  },
};

export default rule;
