import { neutraliseAutolinks, removedList, truncateText } from '../src/action/autolinks.js';
import { renderComment } from '../src/action/comment-render.js';
import { renderJobSummary } from '../src/action/job-summary.js';
import { workflowAnnotationNote } from '../src/action/request-limits.js';
import { BODY_LIMIT, escapeText } from '../src/action/markdown.js';

/**
 * Plan text in the comment makes no link or cross-reference (issue 10, item 7), is never cut
 * inside a character, and 3,000 removed plans still fit a comment (item 12). The patterns below
 * are those GitHub turns into links: an issue number, another repository's issue, `GH-`, a URL,
 * `www.`, a commit sha.
 */
const GITHUB_AUTOLINKS = [
  /(^|[^\w&])#\d+\b/,
  /[\w.-]+\/[\w.-]+#\d+/,
  /\bGH-\d+\b/i,
  /\bhttps?:\/\//i,
  /\bwww\./i,
  /\b[0-9a-f]{7,40}\b/,
];

describe('autolinks', () => {
  const hostile =
    'Fixes #1, see owner/repo#12 and gh-3, at https://evil.example/x or www.evil.example, sha deadbeef1234.';
  test.each(GITHUB_AUTOLINKS.map((re) => [String(re), re]))('escaped plan text matches no %s', (_name, pattern) => {
    expect(pattern.test(hostile)).toBe(true);
    expect(pattern.test(escapeText(hostile))).toBe(false);
  });
  test('the reader sees the same characters, a zero-width space aside', () => {
    expect(neutraliseAutolinks(hostile).replace(/\u200b/g, '')).toBe(hostile);
    expect(neutraliseAutolinks('plain words and 2026-01-01')).toBe('plain words and 2026-01-01');
  });
});

describe('text limits', () => {
  test('truncation never splits a surrogate pair', () => {
    const text = 'a'.repeat(8) + '😀'.repeat(10);
    for (let max = 5; max < 20; max++) {
      const cut = truncateText(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(() => encodeURIComponent(cut)).not.toThrow();
    }
  });

  test('3,000 removed plans fit one comment, with how many more there are', () => {
    const removed = Array.from({ length: 3000 }, (_, i) => `.plans/archive/plan-number-${i}.md`);
    const body = renderComment({ plans: [], removed, headSha: 'a'.repeat(40) });
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(BODY_LIMIT).toBe(65_535);
    expect(body).toMatch(/and \d+ more/);
    expect(removedList(['a.md'], 1000)).toBe('<code>a.md</code>');
  });
});

describe('the job summary and the fork fallback (issue 10, item 12)', () => {
  const finding = (line: number) => ({
    ruleId: 'placeholder',
    severity: 'error' as const,
    line,
    column: 1,
    endLine: line,
    endColumn: 4,
    message: `"TBD" is an unresolved placeholder ${'x'.repeat(100)}`,
    url: 'https://example.invalid/placeholder',
  });
  test('one plan with 900 KB of findings is trimmed, not dropped, and the next plan is still there', () => {
    const big = { path: '.plans/big.md', findings: Array.from({ length: 8000 }, (_, i) => finding(i + 1)) };
    const small = { path: '.plans/small.md', findings: [finding(1)] };
    const summary = renderJobSummary({ plans: [big, small], removed: [], headSha: 'a'.repeat(40) }, '', []);
    expect(summary.length).toBeLessThan(1_048_576);
    expect(summary).toContain('<code>.plans/big.md</code>');
    expect(summary).toMatch(/more findings of this plan not shown here/);
    expect(summary).toContain('<code>.plans/small.md</code>');
  });
  test('past 10 errors or 10 warnings as workflow commands, the log says how many GitHub does not show', () => {
    expect(workflowAnnotationNote([...Array(25).fill('failure'), ...Array(12).fill('warning')])).toMatch(
      /: 17 are only in the log/,
    );
    expect(workflowAnnotationNote(Array(10).fill('failure'))).toBeUndefined();
  });
});
