/**
 * Positions of a piece parsed on its own (`parseMarkdown` in `src/core/markdown.ts`), moved to
 * where the piece stands in the whole plan: every offset by the piece's start, every line by the
 * lines before it (columns stay: a piece always starts at the beginning of a line).
 */
import type { Nodes, Parents } from 'mdast';

// Here rather than imported from markdown.ts, which imports this module.
const isParent = (node: Nodes): node is Parents => 'children' in node;

export function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

export function pointAtEnd(text: string): { line: number; column: number; offset: number } {
  const lastBreak = text.lastIndexOf('\n');
  return { line: countNewlines(text) + 1, column: text.length - lastBreak, offset: text.length };
}

type Position = NonNullable<Nodes['position']>;
const shifted = (position: Position, offset: number, lines: number): Position => ({
  start: {
    line: position.start.line + lines,
    column: position.start.column,
    offset: (position.start.offset ?? 0) + offset,
  },
  end: { line: position.end.line + lines, column: position.end.column, offset: (position.end.offset ?? 0) + offset },
});

export function shiftPositions<T extends Nodes>(node: T, offset: number, lines: number): T {
  if (node.position) node.position = shifted(node.position, offset, lines);
  if (isParent(node)) for (const child of node.children) shiftPositions(child, offset, lines);
  return node;
}

export function copyShifted<T extends Nodes>(node: T, offset: number, lines: number): T {
  const copy = { ...node };
  if (node.position) copy.position = shifted(node.position, offset, lines);
  if (isParent(node))
    (copy as Parents).children = node.children.map((child) => copyShifted(child, offset, lines)) as Parents['children'];
  return copy;
}
