/** A configuration file that cannot be used: names the file, the line and the key. */
export declare class ConfigError extends Error {
    readonly file: string;
    readonly line: number | undefined;
    readonly detail: string;
    constructor(file: string, line: number | undefined, detail: string);
}
export declare const CONFIG_FILE_NAMES: string[];
