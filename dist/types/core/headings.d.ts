export declare const LEADING_NUMBERING: RegExp;
export declare function normaliseHeading(text: string): string;
export declare function startsWithName(normalised: string, name: string): boolean;
/**
 * Whether normalised heading text is one of the section's names, as the contract says: it
 * starts with the name as whole words (`progress notes`), or one or two qualifying words come
 * before the name and the name ends the heading or is followed by `and …` (`existing context`,
 * `current repository context`, `testing and validation`). A negation or a word joined to the
 * name by a hyphen is no qualifier (`non-decisions`, `no progress yet`). In scripts without
 * spaces between words a qualifier is a short run of characters without a negation (`实施目标`).
 */
export declare function matchesName(normalised: string, name: string): boolean;
