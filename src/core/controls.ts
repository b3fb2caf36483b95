import type { HtmlComment } from './plan.js';

/**
 * Inline control comments, in the style of markdownlint:
 *
 *     <!-- execplan-disable RULE [RULE…] -->   …   <!-- execplan-enable RULE [RULE…] -->
 *     <!-- execplan-disable-next-line RULE -->      (the line after the comment's last line)
 *     <!-- execplan-disable-line RULE -->           (the comment's own line)
 *     <!-- execplan-disable-file RULE -->
 *
 * With no rule named, a comment applies to every rule.
 */
export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

interface Span {
  readonly rules: ReadonlySet<string> | null;
  readonly from: number;
  readonly to: number;
}

// Matched against the trimmed body: a lazy group before `\s*$` is quadratic on long runs of spaces.
const CONTROL = /^execplan-(disable-next-line|disable-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

export function readSuppressions(comments: readonly HtmlComment[]): Suppressions {
  const spans: Span[] = [];
  // Open `disable` regions: per rule id, or for all rules under the key ''.
  const open = new Map<string, number>();
  const close = (key: string, line: number): void => {
    const from = open.get(key);
    if (from === undefined) return;
    spans.push({ rules: key === '' ? null : new Set([key]), from, to: line });
    open.delete(key);
  };

  for (const comment of comments) {
    const match = CONTROL.exec(comment.body.trim());
    if (!match) continue;
    const rules = match[2] ? match[2].split(/[\s,]+/).filter(Boolean) : [];
    const ruleSet = rules.length ? new Set(rules) : null;
    switch (match[1]) {
      case 'disable-file':
        spans.push({ rules: ruleSet, from: 1, to: Number.MAX_SAFE_INTEGER });
        break;
      case 'disable-line':
        spans.push({ rules: ruleSet, from: comment.line, to: comment.endLine });
        break;
      case 'disable-next-line':
        spans.push({ rules: ruleSet, from: comment.endLine + 1, to: comment.endLine + 1 });
        break;
      case 'disable':
        for (const key of rules.length ? rules : ['']) if (!open.has(key)) open.set(key, comment.line);
        break;
      case 'enable':
        if (rules.length) for (const key of rules) close(key, comment.line);
        else for (const key of [...open.keys()]) close(key, comment.line);
        break;
    }
  }
  for (const key of [...open.keys()]) close(key, Number.MAX_SAFE_INTEGER);

  return {
    isSuppressed(ruleId, line) {
      return spans.some((s) => line >= s.from && line <= s.to && (s.rules === null || s.rules.has(ruleId)));
    },
  };
}
