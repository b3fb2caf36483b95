import type { Code, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { Content, Unsupported } from './content.js';
import {
  add,
  closeAll,
  closeLeaf,
  deepest,
  markBlank,
  openItem,
  type Container,
  type OpenParagraph,
} from './containers.js';
import {
  BULLET,
  FENCE,
  HEADING,
  ORDERED,
  SETEXT_UNDERLINE,
  TASK,
  THEMATIC_BREAK,
  closesFence,
  fenceInfo,
  headingText,
  spacesAt,
  startsBlock,
} from './block-lines.js';
import { parseInline } from './inline.js';
import { isDelimiterRow, openTable, tableRow } from './table.js';

/**
 * The block structure of the plans most teams write, read line by line the way CommonMark's
 * algorithm reads it: ATX headings, paragraphs, fenced and indented code, thematic breaks, bullet
 * and ordered lists (nested, with task items) and GFM tables. Block quotes, HTML blocks, setext
 * headings, link reference definitions, tabs, front matter, fences left open and list items that
 * start empty throw `Unsupported`: the piece then goes to micromark.
 */

export function parseBlocks(text: string): Root {
  if (/[\t\r\0\uFEFF]/.test(text) || text.startsWith('---')) throw new Unsupported('tab, CR, NUL or front matter');
  const root: Root = {
    type: 'root',
    children: [],
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  };
  const top: Container = { node: root, indent: 0, blank: false };
  let lineStart = 0;
  let lineNumber = 1;
  const point = (offset: number): Point => ({ line: lineNumber, column: offset - lineStart + 1, offset });

  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const blank = !/[^ ]/.test(line);
    let container = top;
    let column = 0;
    while (container.list) {
      const item = container.list.item;
      if (!blank && spacesAt(line, 0) < item.indent) break;
      column = blank ? Math.min(item.indent, line.length) : item.indent;
      container = item;
    }
    const tip = deepest(container);
    const matched = tip === container;
    const leaf = tip.leaf;

    if (leaf?.kind === 'code' && matched) {
      const at = Math.min(column + spacesAt(line, column), line.length);
      if (at - column < 4 && closesFence(line.slice(at), leaf.fence)) {
        leaf.node.value = leaf.lines.join('\n');
        leaf.node.position!.end = point(lineEnd);
        tip.leaf = undefined;
      } else {
        const from = Math.min(column, line.length);
        leaf.lines.push(line.slice(from + Math.min(spacesAt(line, from), leaf.indent)));
      }
    } else if (blank && leaf?.kind === 'indented') {
      if (line.length >= column + 4) throw new Unsupported('white space line in indented code');
      leaf.blanks.push(line.slice(Math.min(column + 4, line.length)));
    } else if (blank) {
      closeLeaf(tip);
      markBlank(tip);
    } else if (leaf?.kind === 'indented' && matched && spacesAt(line, column) >= 4) {
      leaf.lines.push(...leaf.blanks, line.slice(column + 4));
      leaf.blanks.length = 0;
      leaf.node.position!.end = point(lineEnd);
    } else {
      if (leaf?.kind === 'indented') {
        closeLeaf(tip);
        if (leaf.blanks.length) markBlank(tip);
      }
      readBlockStarts(line, column, container, matched);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
    lineNumber++;
  }
  closeAll(top);
  root.position!.end = point(text.length);
  return root;

  /** The block starts on a line from `column` on, in `container`, and what is left: text. */
  function readBlockStarts(line: string, column: number, container: Container, matched: boolean): void {
    for (;;) {
      const tip = deepest(container);
      const paragraph = tip.leaf?.kind === 'paragraph' ? tip.leaf : undefined;
      const indent = spacesAt(line, column);
      const at = column + indent;
      const rest = line.slice(at);
      if (indent >= 4) {
        if (paragraph) return continueParagraph(paragraph, line, column, at);
        if (container.list) throw new Unsupported('indented code closing a list');
        const node: Code = {
          type: 'code',
          lang: null,
          meta: null,
          value: '',
          position: { start: point(lineStart + column), end: point(lineStart + line.length) },
        };
        add(container, node);
        container.leaf = { kind: 'indented', node, lines: [line.slice(column + 4)], blanks: [] };
        return;
      }
      if (rest[0] === '>' || rest[0] === '<') throw new Unsupported('block quote or HTML');
      if (paragraph && (SETEXT_UNDERLINE.test(rest) || (matched && isDelimiterRow(rest))))
        throw new Unsupported('setext heading or table after a paragraph');
      if (tip.leaf?.kind === 'table' && matched && !startsBlock(rest))
        return tableRow(tip.leaf, text, lineStart + at, lineStart + line.length, point);
      if (tip.leaf?.kind === 'table' && !matched) throw new Unsupported('lazy line after a table');

      if (THEMATIC_BREAK.test(rest)) {
        add(container, {
          type: 'thematicBreak',
          position: { start: point(lineStart + at), end: point(lineStart + line.length) },
        });
        return;
      }
      const heading = HEADING.exec(rest);
      if (heading) return addHeading(container, line, at, heading[1].length);
      const fence = FENCE.exec(rest);
      if (fence && !(fence[1][0] === '`' && fence[2].includes('`'))) {
        const node: Code = {
          type: 'code',
          ...fenceInfo(fence[2]),
          value: '',
          position: { start: point(lineStart + at), end: point(lineStart + line.length) },
        };
        add(container, node);
        container.leaf = { kind: 'code', node, fence: fence[1], indent, lines: [] };
        return;
      }
      const bullet = BULLET.exec(rest);
      const ordered = bullet ? null : ORDERED.exec(rest);
      const marker = bullet ?? ordered;
      if (ordered && Number(ordered[1]) !== 1 && isIndentedCode(container.node.children.at(-1)))
        throw new Unsupported('ordered list after indented code');
      if (marker && !(paragraph && matched && ordered && Number(ordered[1]) !== 1)) {
        const spaces = marker.at(-1)!.length;
        const size = marker[0].length - spaces;
        if (at + size + spaces >= line.length) throw new Unsupported('empty list item');
        if (spaces === 0) {
          if (paragraph) return continueParagraph(paragraph, line, column, at);
        } else {
          if (spaces >= 5) throw new Unsupported('indented code in a list item');
          const kind = bullet ? bullet[1] : ordered![2];
          const item: Container = {
            node: {
              type: 'listItem',
              spread: false,
              checked: null,
              children: [],
              position: { start: point(lineStart + at), end: point(lineStart + at) },
            },
            indent: at + size + spaces,
            parent: container,
            blank: false,
          };
          openItem(container, item, kind, ordered ? Number(ordered[1]) : null);
          container = item;
          column = item.indent;
          matched = true;
          continue;
        }
      }
      if (paragraph) return continueParagraph(paragraph, line, column, at);
      if (rest.includes('|')) {
        const table = openTable(
          text,
          lineStart + at,
          lineStart + line.length,
          nextLine(lineStart + line.length),
          column,
          point,
        );
        if (table) {
          add(container, table.node);
          container.leaf = table;
          return;
        }
      }
      const node: Paragraph = {
        type: 'paragraph',
        children: [],
        position: { start: point(lineStart + at), end: point(lineStart + line.length) },
      };
      // An item's first content comes on its first line (items that start empty are left to
      // micromark), so an item without children is on its first line, where a task check may be.
      const itemStart = container.node.type === 'listItem' && container.node.children.length === 0;
      // A lone `[` is tried as a task check that reads the line ending as its value, and fails.
      if (itemStart && rest === '[') throw new Unsupported('a lone bracket opening a list item');
      const task = itemStart && TASK.test(rest) && (/\S/.test(rest.slice(3)) || lineStart + line.length < text.length);
      const content = new Content();
      content.add(text, lineStart + at + (task ? 3 : 0), lineStart + line.length, lineNumber, lineStart);
      add(container, node);
      if (task) (container.node as ListItem).checked = rest[1] !== ' ';
      container.leaf = { kind: 'paragraph', node, content, task };
      return;
    }
  }

  /**
   * Whether a block is indented code (which starts at white space; a fenced block starts at its
   * fence): after it, micromark reads an ordered item not numbered 1 as text.
   */
  function isIndentedCode(node: RootContent | undefined): boolean {
    return node?.type === 'code' && text.charCodeAt(node.position!.start.offset!) === 32;
  }

  function continueParagraph(paragraph: OpenParagraph, line: string, column: number, at: number): void {
    paragraph.content.add(text, lineStart + at, lineStart + line.length, lineNumber, lineStart, lineStart + column);
    paragraph.node.position!.end = point(lineStart + line.length);
  }

  function addHeading(container: Container, line: string, at: number, depth: number): void {
    const { from, to } = headingText(line, at, depth);
    const content = new Content();
    content.add(text, lineStart + from, lineStart + to, lineNumber, lineStart);
    const children = to > from ? parseInline(content) : [];
    add(container, {
      type: 'heading',
      depth: depth as 1,
      children,
      position: { start: point(lineStart + at), end: point(lineStart + line.length) },
    });
  }

  function nextLine(end: number): string {
    if (end >= text.length) return '';
    const newline = text.indexOf('\n', end + 1);
    return text.slice(end + 1, newline === -1 ? text.length : newline);
  }
}
