import type { AlignType, Table, TableCell, TableRow } from 'mdast';
import type { Point } from 'unist';
import { endBeforeSpaces } from './block-lines.js';
import { Content, Unsupported } from './content.js';
import { parseInline } from './inline.js';

/** GFM tables, as micromark-extension-gfm-table and mdast-util-gfm-table build them. */

export interface OpenTable {
  readonly kind: 'table';
  readonly node: Table;
  /** The delimiter row is the next line. */
  delimiterNext: boolean;
}

const DELIMITER = /^\|? *:?-+:? *(?:\| *:?-+:? *)*\|?$/;
/** Whether a line (from its first character on) is a delimiter row; trimmed first, so the test is linear. */
export const isDelimiterRow = (line: string): boolean => DELIMITER.test(line.trimEnd());

/** The table that the line from `from` to `to` opens, with `next` as its delimiter row, if any. */
export function openTable(
  text: string,
  from: number,
  to: number,
  next: string,
  column: number,
  point: (offset: number) => Point,
): OpenTable | undefined {
  let indent = 0;
  while (next.charCodeAt(indent) === 32) indent++;
  const delimiter = next.slice(indent);
  if (indent < column || indent - column >= 4 || !delimiter.includes('|') || !isDelimiterRow(delimiter))
    return undefined;
  if (/^[-+*] /.test(delimiter)) throw new Unsupported('delimiter row like a list item');
  const align = cellRanges(delimiter, 0, delimiter.length).map(({ contentFrom, contentTo }): AlignType => {
    const cell = delimiter.slice(contentFrom, contentTo);
    const [left, right] = [cell.startsWith(':'), cell.endsWith(':')];
    return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
  });
  const header = row(text, from, to, point);
  if (header.children.length !== align.length) return undefined;
  const node: Table = {
    type: 'table',
    align,
    children: [header],
    position: { start: { ...header.position!.start }, end: { ...header.position!.end } },
  };
  return { kind: 'table', node, delimiterNext: true };
}

/** A body row (or the delimiter row, which adds nothing). */
export function tableRow(
  table: OpenTable,
  text: string,
  from: number,
  to: number,
  point: (offset: number) => Point,
): void {
  if (table.delimiterNext) {
    table.delimiterNext = false;
    table.node.position!.end = point(to);
    return;
  }
  const node = row(text, from, to, point);
  table.node.children.push(node);
  table.node.position!.end = { ...node.position!.end };
}

export function closeTable(table: OpenTable): void {
  if (table.delimiterNext) throw new Unsupported('table without its delimiter row');
}

function row(text: string, from: number, to: number, point: (offset: number) => Point): TableRow {
  const start = point(from);
  const [line, lineStart] = [start.line, start.offset! - start.column + 1];
  const children = cellRanges(text, from, to).map(
    ({ from: cellFrom, to: cellTo, contentFrom, contentTo }): TableCell => {
      const content = new Content(true);
      content.add(text, contentFrom, contentTo, line, lineStart);
      return {
        type: 'tableCell',
        children: contentTo > contentFrom ? parseInline(content) : [],
        position: { start: point(cellFrom), end: point(cellTo) },
      };
    },
  );
  return { type: 'tableRow', children, position: { start, end: point(to) } };
}

interface CellRange {
  readonly from: number;
  readonly to: number;
  readonly contentFrom: number;
  readonly contentTo: number;
}

/** Cells between unescaped pipes; the last one runs to the end of the line. */
function cellRanges(text: string, from: number, to: number): CellRange[] {
  const pipes: number[] = [];
  for (let at = from; at < to; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '|') pipes.push(at);
  }
  const end = endBeforeSpaces(text, from, to);
  const leading = pipes[0] === from;
  const trailing = pipes.length > 0 && pipes.at(-1) === end - 1 && !(leading && pipes.length === 1);
  const bounds = [
    leading ? from : from - 1,
    ...pipes.slice(leading ? 1 : 0, trailing ? -1 : undefined),
    trailing ? end - 1 : end,
  ];
  const cells: CellRange[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let contentFrom = bounds[k] + 1;
    let contentTo = bounds[k + 1];
    while (contentFrom < contentTo && text[contentFrom] === ' ') contentFrom++;
    while (contentTo > contentFrom && text[contentTo] !== undefined && text[contentTo - 1] === ' ') contentTo--;
    cells.push({
      from: k === 0 ? from : bounds[k],
      to: k + 2 === bounds.length ? to : bounds[k + 1],
      contentFrom,
      contentTo,
    });
  }
  return cells;
}
