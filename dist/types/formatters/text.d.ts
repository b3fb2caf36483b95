/** `1 plan`, `2 plans`. */
export declare const plural: (n: number, word: string, many?: string) => string;
/** Wraps text in an ANSI colour or style code when `on`. */
export declare const paint: (on: boolean, code: string, text: string) => string;
