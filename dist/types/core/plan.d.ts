import type { Heading, ListItem, Nodes, Parents, Root, RootContent } from 'mdast';
import { type SourceText } from './source.js';
import { type ParseOptions } from './markdown.js';
import { type ProseRun } from './prose.js';
/**
 * The plan model: a plan parsed once into the parts the rules, `progress` and `delta` read,
 * each with exact positions. It is pure: it takes text and touches no file, network or
 * environment.
 */
export interface Plan {
    readonly source: SourceText;
    readonly root: Root;
    /** Every heading, at any depth of the tree, in document order. */
    readonly headings: readonly PlanHeading[];
    /** Sections made by the top-level headings, in document order. */
    readonly sections: readonly Section[];
    /** Paragraphs, headings and table cells: the places where prose lives. */
    readonly prose: readonly ProseBlock[];
    /** Block-level leaves in document order (paragraphs, headings, code, HTML, tables, rules). */
    readonly leaves: readonly Leaf[];
    readonly checkboxItems: readonly CheckboxItem[];
    /** HTML comments anywhere outside code, with their text and positions. */
    readonly comments: readonly HtmlComment[];
    /** Index of the first top-level node after YAML front matter, blank lines and HTML comments. */
    readonly firstContentIndex: number;
    /**
     * When the plan's whole content (front matter aside) is one fenced block with the info string
     * `md` or `markdown`: where its opening fence is. The plan is then the block's inside, read
     * with the file's line numbers (the fence lines read as blank lines).
     */
    readonly wrapperFence?: {
        readonly line: number;
        readonly column: number;
    };
}
export interface PlanHeading {
    readonly node: Heading;
    readonly depth: number;
    readonly text: string;
    readonly normalised: string;
    readonly line: number;
    readonly start: number;
    readonly end: number;
    /** Whether the heading is a direct child of the document (only those make sections). */
    readonly topLevel: boolean;
}
export interface Section {
    readonly heading: PlanHeading;
    /** Offset right after the heading, and offset where the section ends. */
    readonly bodyStart: number;
    readonly end: number;
    /** Top-level nodes of the body, subsections included. */
    readonly body: readonly RootContent[];
}
export interface Leaf {
    readonly node: Nodes;
    readonly start: number;
    readonly end: number;
    /** The closest list item holding this leaf, if any. */
    readonly listItem: ListItem | undefined;
}
export interface ProseBlock extends ProseRun {
    readonly node: Parents;
    readonly leafIndex: number;
    readonly listItem: ListItem | undefined;
}
export interface CheckboxItem {
    readonly node: ListItem;
    readonly checked: boolean;
    readonly line: number;
    readonly endLine: number;
    readonly start: number;
    /** The item's text over all its lines, nested lists aside, checkbox removed, white space folded. */
    readonly text: string;
}
export interface HtmlComment {
    /** Text between `<!--` and `-->`. */
    readonly body: string;
    readonly line: number;
    readonly endLine: number;
}
/** Parses a plan; throws a `PlanLimitError` for text nested beyond what the parser can take. */
export declare function parsePlan(raw: string, options?: ParseOptions): Plan;
/**
 * The first top-level section, at `minDepth` or deeper, whose heading starts with one of `names`;
 * failing that, the first whose heading has one of them after a short qualifier (`Existing Context`).
 */
export declare function findSection(plan: Plan, names: readonly string[], minDepth?: number): Section | undefined;
/** Whether an offset lies in a section's body (subsections included). */
export declare function inSection(section: Section, offset: number): boolean;
