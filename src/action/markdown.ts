/** GitHub refuses comment and check-run bodies longer than this. */
export const BODY_LIMIT = 65_536;

const MAX_ITEM_TEXT = 300;

/**
 * Plan text made safe for a comment: it renders as text, pings nobody, opens no HTML, breaks
 * no table and runs no Markdown. White space is folded to one line.
 */
export function escapeText(text: string, max = MAX_ITEM_TEXT): string {
  let s = text.replace(/\s+/g, ' ').trim();
  if (s.length > max) s = s.slice(0, max - 1).trimEnd() + '…';
  return s
    .replace(/&/g, '&amp;')
    .replace(/([\\`*_[\]~#!])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/@/g, '@\u200b');
}
