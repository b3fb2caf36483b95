import type { Code } from 'mdast';
import { normaliseHeading, startsWithName } from './headings.js';
import type { Leaf, Plan, Section } from './plan.js';
import type { ProgressItem } from './progress.js';
import type { Fix, RuleContext } from './rule.js';
import type { RequiredSectionName } from './sections.js';
import { lineOf, lineText } from './source.js';
import { readTimestamp } from './timestamps.js';

/**
 * The fixes that rules attach to their findings, computed from the plan model. Each returns
 * undefined where a mechanical edit could change what the plan means; the finding then stays
 * for a person to resolve. `src/core/fix.ts` applies them.
 */

/** The living sections whose body may truthfully say "None yet." when nothing is recorded. */
export const NONE_YET_SECTIONS: readonly RequiredSectionName[] = [
  'Surprises & Discoveries',
  'Decision Log',
  'Outcomes & Retrospective',
];

export const NONE_YET = 'None yet.';

const CHECKED_BOX = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[xX]\][ \t]*/;

/** Offset right after a checked item's box and the spaces after it, and the rest of its first line. */
function afterBox(plan: Plan, item: ProgressItem): { offset: number; rest: string } | undefined {
  const { text } = plan.source;
  const lineStart = plan.source.lineStarts[item.line - 1];
  const line = lineText(plan.source, item.line);
  const fromMarker = item.item.start - lineStart;
  const box = CHECKED_BOX.exec(line.slice(fromMarker));
  if (!box) return undefined;
  const offset = item.item.start + box[0].length;
  const rest = line.slice(fromMarker + box[0].length);
  if (text.slice(offset, offset + rest.length) !== rest) return undefined;
  return { offset, rest };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The canonical timestamp of a moment: `(2025-01-20 13:00Z)`, with seconds when they are not zero. */
export function canonicalStamp(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCSeconds() === 0 ? '' : `:${pad(date.getUTCSeconds())}`;
  return `(${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}${seconds}Z)`;
}

const FIRST_STAMP_ZONE =
  /(?<![\d-])\d{4}-\d{2}-\d{2}(?!\d)[ T]\d{1,2}:\d{2}(?::\d{2})?\s*(Z\b|UTC\b|GMT\b|[+-]\d{2}:?\d{2}\b|[A-Z]{3,4}\b)/;
const EXACT_ZONE = /^(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})$/i;

/** A leading timestamp and the punctuation around it, nothing else (so that replacing it drops no words). */
const STAMP_ONLY =
  /^[\s([]*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{3,4})?[\s)\]]*(?:[-–—:][ \t]*)?$/;

/**
 * `timestamp-format`: the item's timestamp rewritten to the canonical form, in UTC. Only when its
 * date, time and zone are all known; a leading timestamp is replaced, any other is left in the
 * text and the canonical one put right after the box.
 */
export function canonicalTimestampFix(plan: Plan, item: ProgressItem): Fix | undefined {
  const iso = item.stamp.iso;
  if (!iso || !/T\d{2}:\d{2}:\d{2}Z$/.test(iso)) return undefined;
  // A zone abbreviation can name several zones (CST: US Central, China, Cuba): only exact zones are converted.
  const zone = FIRST_STAMP_ZONE.exec(item.item.text)?.[1];
  if (zone === undefined || !EXACT_ZONE.test(zone)) return undefined;
  const at = afterBox(plan, item);
  if (!at) return undefined;
  const stamp = canonicalStamp(new Date(iso));
  const leading = at.rest.slice(0, readTimestamp(at.rest).leadingLength);
  if (leading && STAMP_ONLY.test(leading)) {
    const end = at.offset + leading.length;
    const replacement = end >= at.offset + at.rest.length ? stamp : `${stamp} `;
    return { edits: [{ start: at.offset, end, text: replacement }] };
  }
  if (at.rest.trim() === '') return undefined;
  return { edits: [{ start: at.offset, end: at.offset, text: `${stamp} ` }] };
}

/** `progress-timestamp`: the date a checked item was done (from git history) put right after its box. */
export function datedItemFix(plan: Plan, item: ProgressItem, date: Date): Fix | undefined {
  const at = afterBox(plan, item);
  if (!at || at.rest.trim() === '') return undefined;
  return { edits: [{ start: at.offset, end: at.offset, text: `${canonicalStamp(date)} ` }] };
}

const QUOTE_PREFIX = /^(?:[ \t]*>)+/;

/**
 * `heading-blank-line`: a blank line after the heading's last line. Inside a block quote the
 * blank line keeps the quote's markers (taken from the next line, which may also hold a list's
 * indentation, else from the heading's), so that the quote does not end there.
 */
export function blankLineAfterFix(plan: Plan, headingStart: number, endLine: number): Fix | undefined {
  const { source } = plan;
  const start = source.lineStarts[endLine];
  if (start === undefined) return undefined;
  const headingLine = lineOf(source, headingStart);
  const before = lineText(source, headingLine).slice(0, headingStart - source.lineStarts[headingLine - 1]);
  let prefix = '';
  if (before.includes('>')) {
    const next = QUOTE_PREFIX.exec(lineText(source, endLine + 1))?.[0];
    prefix = (next ?? QUOTE_PREFIX.exec(before)?.[0] ?? '').trimEnd();
    if (!prefix) return undefined;
  }
  return { edits: [{ start, end: start, text: `${prefix}\n` }] };
}

const FENCE_LINE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;

/**
 * `fenced-code`: the block indented by four spaces instead. Only for a closed block at the top of
 * the document, not after a list (an indented block there would join the list item), not a whole
 * plan in a `md` block, and only when indenting keeps its text: no blank first or last line, no
 * indented line right after it.
 */
export function indentedCodeFix(plan: Plan, leaf: Leaf): Fix | undefined {
  const node = leaf.node as Code;
  if (leaf.listItem) return undefined;
  const siblings = plan.root.children;
  const index = siblings.indexOf(node);
  if (index === -1) return undefined;
  if (siblings[index - 1]?.type === 'list') return undefined;
  if (/^(?:md|markdown)$/i.test(node.lang ?? '')) return undefined;
  const { source } = plan;
  const firstLine = lineOf(source, leaf.start);
  const lastLine = lineOf(source, Math.max(leaf.start, leaf.end - 1));
  if (lastLine === firstLine || !FENCE_LINE.test(lineText(source, lastLine))) return undefined;
  const lines = node.value.split('\n');
  if (node.value === '' || lines[0].trim() === '' || lines[lines.length - 1].trim() === '') return undefined;
  const after = lineText(source, lastLine + 1);
  if (after.trim() !== '' && /^(?: {4}|\t)/.test(after)) return undefined;
  const before = firstLine > 1 ? lineText(source, firstLine - 1) : '';
  const blankBefore = firstLine > 1 && before.trim() !== '' ? '\n' : '';
  const indented = lines.map((line) => (line === '' ? '' : `    ${line}`)).join('\n');
  return { edits: [{ start: leaf.start, end: leaf.end, text: blankBefore + indented }] };
}

/** `empty-section`: "None yet." in a living section whose body holds only comments. */
export function noneYetFix(plan: Plan, section: Section, name: RequiredSectionName): Fix | undefined {
  if (!NONE_YET_SECTIONS.includes(name)) return undefined;
  const last = section.body[section.body.length - 1];
  const at = last?.position?.end.offset ?? section.heading.end;
  if (at > plan.source.text.length) return undefined;
  return { edits: [{ start: at, end: at, text: `\n\n${NONE_YET}` }] };
}

/** The template's level-2 sections: heading text and the section's text up to the next one. */
function templateSections(template: string): { heading: string; text: string }[] {
  const text = template.replace(/\r\n?/g, '\n');
  const starts = [...text.matchAll(/^## (.+)$/gm)];
  return starts.map((m, i) => ({
    heading: m[1],
    text: text.slice(m.index, i + 1 < starts.length ? starts[i + 1].index : text.length).trimEnd(),
  }));
}

/** Whether the plan ends inside something that would take in text appended after it. */
function endsOpen(plan: Plan): boolean {
  const last = plan.leaves[plan.leaves.length - 1];
  if (!last) return false;
  const { source } = plan;
  if (last.node.type === 'code') {
    // A fence may be indented by up to three spaces.
    const opening = source.text
      .slice(last.start, last.start + 6)
      .replace(/^ {0,3}/, '')
      .slice(0, 3);
    if (opening !== '```' && opening !== '~~~') return false;
    const lastLine = lineOf(source, Math.max(last.start, last.end - 1));
    return lastLine === lineOf(source, last.start) || !FENCE_LINE.test(lineText(source, lastLine));
  }
  if (last.node.type === 'html') {
    const value = last.node.value;
    return value.lastIndexOf('<!--') > value.lastIndexOf('-->');
  }
  return false;
}

/**
 * `required-sections`: the missing section appended at the end of the plan, as the template
 * `init` uses writes it (heading, guidance comment, "None yet."). Only for the living sections
 * that may say "None yet." (a Progress, Context, Validation or Purpose section added empty would
 * itself be a finding), only when the template's heading is one the settings accept, and not for
 * Outcomes & Retrospective once every Progress item is checked (it must then be written).
 */
export function missingSectionFix(context: RuleContext, name: RequiredSectionName): Fix | undefined {
  if (!NONE_YET_SECTIONS.includes(name)) return undefined;
  const template = context.template();
  if (template === undefined) return undefined;
  const accepted = context.settings.sections[name];
  const wanted = templateSections(template).find((s) =>
    accepted.some((start) => startsWithName(normaliseHeading(s.heading), start)),
  );
  if (!wanted || wanted.text.includes('{{') || !wanted.text.includes(NONE_YET)) return undefined;
  if (name === 'Outcomes & Retrospective') {
    const items = context.progressItems();
    if (items.length > 0 && items.every((item) => item.status === 'done')) return undefined;
  }
  const { plan } = context;
  // Text appended to a plan wrapped whole in a fence lands inside the fence, or after it, where it
  // would stop the fence from wrapping the whole plan: no fix there.
  if (endsOpen(plan) || plan.wrapperFence) return undefined;
  const { text } = plan.source;
  const prefix = text === '' ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return { edits: [{ start: text.length, end: text.length, text: `${prefix}${wanted.text}\n` }] };
}
