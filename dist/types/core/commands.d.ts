import type { Nodes } from 'mdast';
/**
 * Whether one line of code (a span, or a line of a block) is a command. Each expression is tried
 * only where the characters it needs are there: a one-plan run compiles each expression it
 * uses, and most lines of code need few of them.
 */
export declare function looksLikeCommandLine(raw: string): boolean;
/** Whether a code block's text holds at least one command line. */
export declare function blockHoldsCommand(value: string, lang: string | null | undefined): boolean;
/**
 * Whether any of the nodes shows a command: a code span or block that looks like something to
 * run. With the plan's text, a paragraph indented by four spaces inside a list item (which
 * Markdown reads as the item's text, though the author wrote an indented block) counts too.
 */
export declare function holdsCommand(nodes: readonly Nodes[], text?: string): boolean;
