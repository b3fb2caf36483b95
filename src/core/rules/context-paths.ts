import type { Rule } from '../rule.js';
import { UnicodeRegExp } from '../unicode-regexp.js';

const LETTER_OR_DIGIT = new UnicodeRegExp(String.raw`[\p{L}\p{N}]`, 'u');

/** A repository-relative path: holds a `/` or ends in a file extension, and is not absolute or a URL. */
export function isRepositoryPath(token: string): boolean {
  const word = token.replace(/^[\s"'“‘(<[{*_]+|[\s"'”’)>\]}*_,;:!?.]+$/g, '');
  if (!word || word.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(word) || word.startsWith('#')) return false;
  if (word.includes('/')) return LETTER_OR_DIGIT.test(word);
  // A file extension: `name.ts`, `Makefile.am`; not a number (`1.5`) or an abbreviation (`e.g`).
  return /^[^\s.][^\s]*\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(word) && !/^(?:e\.g|i\.e|etc|vs|approx)$/i.test(word);
}

const rule: Rule = {
  meta: {
    id: 'context-paths',
    description: 'Reports a Context section that names no repository-relative file path.',
    rationale:
      'The reader knows nothing of the repository. Context orients them by naming the files and folders involved, with full repository-relative paths such as `src/jobs/reports.ts`.',
    defaultSeverity: 'warning',
    reportedAt: 'the Context heading',
    tags: ['context'],
    advice: 'Name the files and folders involved by their repository-relative paths, e.g. `src/jobs/reports.ts`.',
  },
  check(context) {
    const section = context.section('Context');
    if (!section) return;
    const { plan } = context;
    for (const block of plan.prose) {
      const offset = plan.leaves[block.leafIndex].start;
      if (offset < section.bodyStart || offset >= section.end) continue;
      const tokens = [
        ...block.text.split(/[\s\uFFFC]+/),
        ...block.inlineCode.flatMap((c) => c.split(/\s+/)),
        ...block.linkUrls,
      ];
      if (tokens.some(isRepositoryPath)) return;
    }
    context.report({
      line: section.heading.line,
      message: 'Context names no file: add paths such as `src/app.ts`.',
    });
  },
};

export default rule;
