// `node --import tsx scripts/comment-screenshots.ts [--out docs]`: pictures of the pull-request
// comment as GitHub shows it, for the README. It renders the comment for the 13 corpus pairs
// (`corpus-comment.ts`) to HTML with the project's own Markdown stack (micromark with GFM, raw
// HTML allowed as GitHub allows it in comments), wraps it in GitHub's Markdown CSS
// (github-markdown-css), and screenshots it with headless Chromium: light and dark at a desktop
// width, and light at a 380-pixel phone width. The first plan's fold-out is opened so that its
// details show. Needs /usr/bin/chromium (Debian: apt-get install chromium).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { corpusPairsComment } from './corpus-comment.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'docs'));
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';

const markdown = corpusPairsComment();
// GitHub renders newlines in comments as they are; the comment uses <br> where a break matters.
const body = micromark(markdown, {
  allowDangerousHtml: true,
  extensions: [gfm()],
  htmlExtensions: [gfmHtml()],
}).replace('<details>', '<details open>');

const css = (name: string) => readFileSync(join(root, 'node_modules', 'github-markdown-css', name), 'utf8');

function page(theme: 'light' | 'dark'): string {
  const background = theme === 'dark' ? '#0d1117' : '#ffffff';
  const border = theme === 'dark' ? '#30363d' : '#d0d7de';
  const header = theme === 'dark' ? '#161b22' : '#f6f8fa';
  const muted = theme === 'dark' ? '#8b949e' : '#59636e';
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>${css(`github-markdown-${theme}.css`)}
body { margin: 0; padding: 16px; background: ${background}; }
.comment { border: 1px solid ${border}; border-radius: 6px; overflow: hidden; }
.comment-header { background: ${header}; border-bottom: 1px solid ${border}; padding: 8px 16px; color: ${muted};
  font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.markdown-body { padding: 16px; }
</style></head><body><div class="comment"><div class="comment-header"><b>github-actions</b> bot commented</div>
<article class="markdown-body">${body}</article></div></body></html>`;
}

const work = mkdtempSync(join(tmpdir(), 'execplan-shots-'));
function shoot(name: string, theme: 'light' | 'dark', width: number, height: number): void {
  const html = join(work, `${name}.html`);
  writeFileSync(html, page(theme));
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'execplan-chromium-'))}`,
      `--screenshot=${join(out, `${name}.png`)}`,
      `--window-size=${width},${height}`,
      `file://${html}`,
    ],
    { stdio: 'ignore' },
  );
  console.log(`${join(out, `${name}.png`)} (${width}×${height}, ${theme})`);
}

writeFileSync(join(work, 'comment.md'), markdown);
shoot('comment', 'light', 1012, 2350);
shoot('comment-dark', 'dark', 1012, 2350);
shoot('comment-phone', 'light', 380, 3300);
console.log(`comment: ${markdown.length} characters; HTML and Markdown in ${work}`);
