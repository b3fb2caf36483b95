/** Plan bytes to text: UTF-8 only, and never binary data. */
export type ReadResult = {
    readonly text: string;
} | {
    readonly error: string;
};
/** Decodes bytes as plan text, refusing binary data and invalid UTF-8 with a clear message. */
export declare function decodePlan(bytes: Uint8Array): ReadResult;
