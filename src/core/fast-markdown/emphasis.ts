import type { PhrasingContent, Text } from 'mdast';
import type { Point } from 'unist';

/** A run of `*` or `_`, as text until it is paired. */
export interface Delimiter {
  readonly marker: string;
  readonly node: Text;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}
export type Item = PhrasingContent | Delimiter;
export const isDelimiter = (item: Item): item is Delimiter => 'marker' in item;

/** Pairs `*` and `_` runs the way micromark's attention resolver does, and drops the rest to text. */
export function resolveEmphasis(items: Item[]): PhrasingContent[] {
  for (let closer = 0; closer < items.length; closer++) {
    const close = items[closer];
    if (!isDelimiter(close) || !close.canClose) continue;
    for (let opener = closer - 1; opener >= 0; opener--) {
      const open = items[opener];
      if (!isDelimiter(open) || !open.canOpen || open.marker !== close.marker) continue;
      const [openSize, closeSize] = [open.node.value.length, close.node.value.length];
      if ((open.canClose || close.canOpen) && closeSize % 3 && !((openSize + closeSize) % 3)) continue;
      const use = openSize > 1 && closeSize > 1 ? 2 : 1;
      const start = shift(open.node.position!.end, -use);
      const end = shift(close.node.position!.start, use);
      const inner = resolveEmphasis(items.slice(opener + 1, closer));
      const group: PhrasingContent = {
        type: use > 1 ? 'strong' : 'emphasis',
        children: mergeTexts(inner),
        position: { start, end },
      };
      open.node.value = open.node.value.slice(use);
      open.node.position!.end = start;
      close.node.value = close.node.value.slice(use);
      close.node.position!.start = end;
      const replacement: Item[] = [...(open.node.value ? [open] : []), group, ...(close.node.value ? [close] : [])];
      items.splice(opener, closer - opener + 1, ...replacement);
      closer = opener + replacement.length - (close.node.value ? 2 : 1);
      break;
    }
  }
  return items.map((item) => (isDelimiter(item) ? item.node : item));
}

function shift(point: Point, by: number): Point {
  return { line: point.line, column: point.column + by, offset: point.offset! + by };
}

/** Adjacent text nodes are one, as mdast-util-from-markdown builds them. */
export function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text') {
      merged[merged.length - 1] = {
        type: 'text',
        value: last.value + node.value,
        position: { start: last.position!.start, end: node.position!.end },
      };
    } else merged.push(node);
  }
  return merged;
}
