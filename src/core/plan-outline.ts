import { isRepositoryPath } from './rules/context-paths.js';
import { findSection, inSection, type Plan } from './plan.js';
import { DEFAULT_SECTION_NAMES } from './sections.js';

/**
 * Two things the pull-request comment reads of a plan's outline, beside its Progress:
 *
 * - `unmappedProgress`: when no Progress section is recognised but checkbox items sit under some
 *   heading (typically a heading in a language the built-in names do not cover), that heading
 *   and how many items it holds, so that the comment can suggest a `sections` mapping instead of
 *   saying "no Progress items".
 * - `contextPaths`: the repository-relative paths the Context section names (as `context-paths`
 *   reads them), so that a change to those paths can flag the plan as one that may need an update.
 */
export interface UnmappedProgress {
  readonly heading: string;
  readonly items: number;
}

export function unmappedProgress(
  plan: Plan,
  names: readonly string[] = DEFAULT_SECTION_NAMES.Progress,
): UnmappedProgress | undefined {
  if (findSection(plan, names) || plan.checkboxItems.length === 0) return undefined;
  // The heading with the most checkbox items in its body (the nearest heading above each item).
  const counts = new Map<string, number>();
  for (const item of plan.checkboxItems) {
    let heading: string | undefined;
    for (const h of plan.headings) {
      if (h.start > item.start) break;
      if (h.depth >= 2) heading = h.text;
    }
    if (heading !== undefined) counts.set(heading, (counts.get(heading) ?? 0) + 1);
  }
  let best: UnmappedProgress | undefined;
  for (const [heading, items] of counts) if (!best || items > best.items) best = { heading, items };
  return best;
}

/** Trims the punctuation around a path token, as `context-paths` reads it, and a leading `./`. */
const cleanPath = (token: string): string =>
  token
    .replace(/^[\s"'“‘(<[{*_]+|[\s"'”’)>\]}*_,;:!?.]+$/g, '')
    .replace(/^\.\//, '')
    .replace(/#.*$/, '');

export function contextPaths(plan: Plan, names: readonly string[] = DEFAULT_SECTION_NAMES.Context): string[] {
  const section = findSection(plan, names);
  if (!section) return [];
  const paths = new Set<string>();
  for (const block of plan.prose) {
    const offset = plan.leaves[block.leafIndex].start;
    if (!inSection(section, offset)) continue;
    const tokens = [
      ...block.text.split(/[\s\uFFFC]+/),
      ...block.inlineCode.flatMap((c) => c.split(/\s+/)),
      ...block.linkUrls,
    ];
    for (const token of tokens) if (isRepositoryPath(token)) paths.add(cleanPath(token));
  }
  return [...paths].filter(Boolean);
}

/**
 * Whether a changed file is one a Context path names: the same path, a file inside a named folder
 * (`src/jobs/` or `src/jobs` names `src/jobs/run.ts`), or, for a bare file name with no folder
 * (`delta.ts`), a file of that name anywhere. Glob characters in a path match anything.
 */
export function pathMentions(contextPath: string, changed: string): boolean {
  const p = contextPath.replace(/\/+$/, '');
  if (!p) return false;
  if (/[*?]/.test(p)) {
    const re = new RegExp(
      '^' +
        p
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*\/?/g, '\uE000')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]')
          .replace(/\uE000/g, '.*') +
        '(?:/.*)?$',
    );
    return re.test(changed);
  }
  if (changed === p || changed.startsWith(`${p}/`)) return true;
  return !p.includes('/') && (changed.endsWith(`/${p}`) || changed === p);
}
