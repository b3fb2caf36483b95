export interface Resource {
    readonly url: string;
    readonly title: string | null;
    readonly end: number;
}
/** `(destination "title")` right after `]`, as CommonMark reads an inline link. */
export declare function parseResource(src: string, at: number): Resource | undefined;
