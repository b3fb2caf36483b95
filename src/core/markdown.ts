import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, Nodes, Parents } from 'mdast';

/** One processor for the whole process: building it is the costly part, parsing is not. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses normalised plan text (see `normaliseText`) into a Markdown syntax tree (mdast). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

export function startOffset(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

export function endOffset(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

export function isParent(node: Nodes): node is Parents {
  return 'children' in node;
}

/** Calls `visit` on every node below `node` in document order, with its ancestors. */
export function walk(
  node: Nodes,
  visit: (node: Nodes, ancestors: readonly Parents[]) => boolean | void,
  ancestors: Parents[] = [],
): void {
  if (!isParent(node)) return;
  ancestors.push(node);
  for (const child of node.children) {
    // Returning false skips the child's descendants.
    if (visit(child, ancestors) !== false) walk(child, visit, ancestors);
  }
  ancestors.pop();
}

/** Plain text of inline content: text and inline code, without HTML. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (isParent(node)) return node.children.map(plainText).join('');
  return '';
}

/** An HTML node that holds only comments (and white space). */
export function isCommentOnly(value: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)+$/.test(value);
}

/** Whether any of the nodes is, or holds, a code block or inline code. */
export function holdsCode(nodes: readonly Nodes[]): boolean {
  let found = false;
  for (const node of nodes) {
    if (node.type === 'code' || node.type === 'inlineCode') return true;
    walk(node, (child) => {
      if (child.type === 'code' || child.type === 'inlineCode') found = true;
      return !found;
    });
    if (found) return true;
  }
  return false;
}
