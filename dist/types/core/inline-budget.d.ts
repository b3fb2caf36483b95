import type { Extension } from 'micromark-util-types';
/**
 * How many emphasis, link, image and code-span markers (runs of `*`, `_`, `[`, `]`, `!`,
 * backticks) one paragraph, heading or table cell may use before the rest of its markers are
 * read as plain text.
 *
 * micromark, the parser under remark-parse, pairs these markers by walking back over everything
 * before them in the same paragraph, so its time grows with the square of their number: 100,000
 * `*a` in one paragraph take over three minutes, 50,000 unclosed links `[a](` 17 s. Past this
 * budget a marker is plain text, so a paragraph costs at most the budget times its length. The
 * most any corpus plan uses in one paragraph is under a hundred (see `.plans/hostile-input.md`);
 * text stays text, so every phrase and placeholder is still found, only emphasis and links that
 * late in such a paragraph are not recognised.
 */
export declare const INLINE_MARKER_BUDGET = 400;
/**
 * How many code spans, inline HTML and link ends (backticks, `<`, `]`) may fail to parse in one
 * paragraph before the rest of these characters are read as text. Each failed attempt reads on,
 * looking for its end, up to the end of the paragraph: 100,000 unclosed `<!--` in a paragraph
 * took twenty minutes.
 */
export declare const FAILED_ATTEMPT_BUDGET = 32;
/** A micromark extension that reads markers past their budget in one paragraph as text. */
export declare function inlineBudget(): Extension;
