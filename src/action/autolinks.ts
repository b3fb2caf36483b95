/**
 * Plan text in the pull-request comment must not become a link or a cross-reference (issue 10,
 * item 7): GitHub turns `#1`, `owner/repo#1`, `GH-1`, bare URLs (`https://…`, `www.…`) and commit
 * shas into links, and a cross-reference shows up on the issue it names, so the bot could be made
 * to mention any public issue. A backslash before `#` does not stop it; a zero-width space (U+200B,
 * invisible) between the parts does, as it already does after `@` for mentions.
 */
const ZWSP = '\u200b';

export function neutraliseAutolinks(text: string): string {
  return (
    text
      // `#1`, `owner/repo#1`, `GH-1` (any case), and `#` before a digit behind a backslash.
      .replace(/#(?=\d)/g, `#${ZWSP}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
      // `https://…`, `http://…`, any scheme, and `www.`.
      .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, `$1:${ZWSP}`)
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
      // A commit sha: 7 to 40 hexadecimal digits as a word (GitHub links it when the commit exists),
      // cut into runs of at most 6.
      .replace(/\b[0-9a-f]{7,40}\b/gi, (word) =>
        /\d/.test(word) && /[a-f]/i.test(word) ? word.replace(/.{6}(?=.)/g, `$&${ZWSP}`) : word,
      )
  );
}

/** Cuts text to at most `max` UTF-16 units with `…`, never inside a surrogate pair (an emoji). */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end).trimEnd() + '…';
}

/**
 * The removed plans as `<code>` names, as many as fit in `budget` characters, then `and N more`:
 * 3,000 removed plans made a comment GitHub refused (issue 10, item 12).
 */
export function removedList(paths: readonly string[], budget: number, escape = escapeName): string {
  const shown: string[] = [];
  let length = 0;
  for (const path of paths) {
    const name = `<code>${escape(path)}</code>`;
    if (length + name.length + 2 > budget - 40) break;
    shown.push(name);
    length += name.length + 2;
  }
  const more = paths.length - shown.length;
  return shown.join(', ') + (more ? `${shown.length ? ' ' : ''}and ${more} more (see the job summary)` : '');
}

const escapeName = (path: string): string =>
  neutraliseAutolinks(path.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
