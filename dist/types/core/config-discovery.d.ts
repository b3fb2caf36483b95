import { type LintSettings } from './settings.js';
/**
 * Read access to a repository's folders, as the CLI (the file system) and the action (the
 * workspace, or GitHub's API at the base commit) each provide it. Paths use forward slashes.
 */
export interface ConfigStore {
    /** The names of the entries in a folder (`.git` included where there is one), or [] when there is none. */
    list(folder: string): Promise<readonly string[]>;
    /** A file's bytes, or undefined when it does not exist. */
    read(path: string): Promise<Uint8Array | undefined>;
    /** The folder above, or undefined at the top of what may be searched. */
    parent(folder: string): string | undefined;
    join(folder: string, name: string): string;
    /** Where the store reads, for messages: ` at the base commit`. */
    readonly where?: string;
}
export interface LoadedConfig {
    readonly settings: LintSettings;
    /** The file the settings came from, if any, as the store names it. */
    readonly path: string | undefined;
}
/**
 * The one configuration policy. With `explicit`, that file, which must exist. Otherwise the first
 * folder from `start` upwards that holds a configuration file, stopping at the repository root
 * (the folder holding `.git`, or the top of the store). Two configuration files in one folder are
 * an error, because which one applies would be a guess. Every file is decoded as plan text is:
 * UTF-8, never binary.
 */
export declare function loadConfigFrom(store: ConfigStore, start: string, explicit?: {
    readonly path: string;
    readonly givenIn: string;
}): Promise<LoadedConfig>;
