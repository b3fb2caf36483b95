import { CONFIG_FILE_NAMES, ConfigError } from './config-error.js';
import { decodePlan } from './decode.js';
import { DEFAULT_SETTINGS, type LintSettings } from './settings.js';

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
export async function loadConfigFrom(
  store: ConfigStore,
  start: string,
  explicit?: { readonly path: string; readonly givenIn: string },
): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const bytes = await store.read(explicit.path);
    if (bytes === undefined)
      throw new ConfigError(
        explicit.path,
        undefined,
        `the configuration file does not exist${store.where ?? ''}: check the path given in ${explicit.givenIn}.`,
      );
    return { settings: await parseBytes(bytes, explicit.path), path: explicit.path };
  }
  for (let folder: string | undefined = start; folder !== undefined; folder = store.parent(folder)) {
    const names = await store.list(folder);
    const present = CONFIG_FILE_NAMES.filter((name) => names.includes(name)).map((name) => store.join(folder!, name));
    if (present.length > 1)
      throw new ConfigError(
        present[1],
        undefined,
        `found ${present.length} configuration files in one folder (${present.join(', ')}): keep one.`,
      );
    if (present.length === 1) {
      const bytes = await store.read(present[0]);
      if (bytes === undefined) throw new ConfigError(present[0], undefined, 'the configuration file cannot be read.');
      return { settings: await parseBytes(bytes, present[0]), path: present[0] };
    }
    if (names.includes('.git')) break;
  }
  return { settings: DEFAULT_SETTINGS, path: undefined };
}

/** Parses a configuration file; its parser (and every rule's options) is loaded only then. */
async function parseBytes(bytes: Uint8Array, path: string): Promise<LintSettings> {
  const text = decodePlan(bytes);
  if ('error' in text)
    throw new ConfigError(path, undefined, text.error.replace('a plan is', 'a configuration file is'));
  // A JSON file without the YAML parser when it is plain JSON; YAML, and the messages about JSON
  // that does not parse, from the YAML parser.
  if (path.endsWith('.json')) {
    const settings = (await import('./config-json.js')).parseJsonConfig(text.text, path);
    if (settings !== undefined) return settings;
  }
  const { parseConfig } = await import('./config.js');
  return parseConfig(text.text, path);
}
