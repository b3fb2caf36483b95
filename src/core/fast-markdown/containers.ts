import type { Code, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { Unsupported, type Content } from './content.js';
import { parseInline } from './inline.js';
import { closeTable, type OpenTable } from './table.js';

/** The open blocks of `parseBlocks`: list items and the root, and the leaf each has open. */

export interface Container {
  readonly node: Root | ListItem;
  /** The column where the item's content starts (0 for the root). */
  readonly indent: number;
  readonly parent?: Container;
  /** The list that is the container's last child, while it can take more items. */
  list?: OpenList;
  /** The paragraph, code block or table that is its last child, while it can take more lines. */
  leaf?: Leaf;
  /** A blank line came since its last content. */
  blank: boolean;
}
export interface OpenList {
  readonly node: List;
  readonly marker: string;
  item: Container;
}
export interface OpenParagraph {
  readonly kind: 'paragraph';
  readonly node: Paragraph;
  readonly content: Content;
  readonly task: boolean;
}
export interface OpenCode {
  readonly kind: 'code';
  readonly node: Code;
  readonly fence: string;
  readonly indent: number;
  readonly lines: string[];
}
/** Indented code: blank lines wait in `blanks` until a code line follows them. */
export interface OpenIndentedCode {
  readonly kind: 'indented';
  readonly node: Code;
  readonly lines: string[];
  readonly blanks: string[];
}
export type Leaf = OpenParagraph | OpenCode | OpenIndentedCode | OpenTable;

const DEFINITION = /^\[(?:\\[\s\S]|[^\\\]])*\]:/;

export function deepest(container: Container): Container {
  while (container.list) container = container.list.item;
  return container;
}

/** Adds a block to a container, closing what was open in it. */
export function add(container: Container, node: RootContent): void {
  closeLeaf(container);
  closeList(container);
  gotContent(container);
  container.node.children.push(node as never);
}

export function markBlank(tip: Container): void {
  for (let open: Container | undefined = tip; open; open = open.parent) open.blank = true;
}

/**
 * Content in a container after a blank line spreads it; in its ancestors, the blank line was
 * inside their open list, which it does not spread (micromark counts only blank lines between an
 * item's own children).
 */
export function gotContent(container: Container): void {
  if (container.blank && container.node.type === 'listItem') container.node.spread = true;
  for (let open: Container | undefined = container; open; open = open.parent) open.blank = false;
}

export function openItem(container: Container, item: Container, marker: string, start: number | null): void {
  closeLeaf(container);
  const list = container.list;
  if (list && list.marker === marker) {
    closeItem(list.item);
    if (list.item.blank) list.node.spread = true;
    // A blank line while the list was open is the list's, not the container's.
    for (let open: Container | undefined = container; open; open = open.parent) open.blank = false;
    list.node.children.push(item.node as ListItem);
    list.item = item;
    return;
  }
  closeList(container);
  gotContent(container);
  const node: List = {
    type: 'list',
    ordered: start !== null,
    start,
    spread: false,
    children: [item.node as ListItem],
    position: { start: { ...item.node.position!.start }, end: item.node.position!.start },
  };
  container.node.children.push(node);
  container.list = { node, marker, item };
}

export function closeLeaf(container: Container): void {
  const leaf = container.leaf;
  container.leaf = undefined;
  if (leaf?.kind === 'paragraph') {
    if (DEFINITION.test(leaf.content.text)) throw new Unsupported('definition');
    if (leaf.task && !/\S/.test(leaf.content.text)) throw new Unsupported('task check alone');
    leaf.node.children = parseInline(leaf.content);
    if (leaf.task) {
      const head = leaf.node.children[0];
      if (head?.type === 'text') {
        head.value = head.value.slice(1);
        if (!head.value) leaf.node.children.shift();
        else {
          head.position!.start = {
            ...head.position!.start,
            column: head.position!.start.column + 1,
            offset: head.position!.start.offset! + 1,
          };
          leaf.node.position!.start = { ...head.position!.start };
        }
      }
    }
  } else if (leaf?.kind === 'code') throw new Unsupported('code block left open');
  else if (leaf?.kind === 'indented') leaf.node.value = leaf.lines.join('\n');
  else if (leaf?.kind === 'table') closeTable(leaf);
}

export function closeItem(item: Container): void {
  closeLeaf(item);
  closeList(item);
  const last = item.node.children.at(-1);
  if (last) item.node.position!.end = { ...last.position!.end };
}

export function closeList(container: Container): void {
  const list = container.list;
  if (!list) return;
  closeItem(list.item);
  list.node.position!.end = { ...list.item.node.position!.end };
  container.list = undefined;
}

export function closeAll(top: Container): void {
  closeLeaf(top);
  closeList(top);
}
