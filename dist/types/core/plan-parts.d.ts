import type { ListItem, Parents, Root } from 'mdast';
import { type SourceText } from './source.js';
import type { CheckboxItem, PlanHeading, ProseBlock, Section } from './plan.js';
/** The opening fence of a block that wraps the whole plan, and the lines of its fences. */
export declare function wrapperFenceOf(root: Root, firstContentIndex: number, text: string): {
    line: number;
    column: number;
    lines: number[];
} | undefined;
/** The text with the given lines (1-based) emptied, every line ending kept. */
export declare function blankLines(text: string, lines: readonly number[]): string;
/**
 * A prose block whose text is built on first use: a base version of a plan, read only for its
 * Progress and its last section, never pays for it.
 */
export declare function proseBlock(node: Parents, text: string, leafIndex: number, listItem: ListItem | undefined): ProseBlock;
export declare function closestListItem(ancestors: readonly Parents[]): ListItem | undefined;
export declare function buildSections(root: Root, topHeadings: PlanHeading[], textLength: number): Section[];
export declare function checkboxItemOf(node: ListItem, source: SourceText): CheckboxItem;
