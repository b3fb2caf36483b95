import { neutraliseAutolinks, truncateText } from './autolinks.js';
/** GitHub refuses comment and check-run bodies longer than this. */
// 65,535 characters at most: a body of 65,536 is refused (issue 10, item 12).
export const BODY_LIMIT = 65_535;

const MAX_ITEM_TEXT = 300;

/**
 * Plan text made safe for a comment: it renders as text, pings nobody, opens no HTML, breaks
 * no table and runs no Markdown. White space is folded to one line.
 */
export function escapeText(text: string, max = MAX_ITEM_TEXT): string {
  let s = text.replace(/\s+/g, ' ').trim();
  s = truncateText(s, max);
  return neutraliseAutolinks(s)
    .replace(/&/g, '&amp;')
    .replace(/([\\`*_[\]~#!])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '@\u200b');
}
