// The configuration's error and file names, apart from its parser (YAML, and every rule's
// options), which is loaded only when there is a configuration file to read.

/** A configuration file that cannot be used: names the file, the line and the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${detail}`);
    this.name = 'ConfigError';
  }
}

export const CONFIG_FILE_NAMES = ['.execplan.json', '.execplan.yml', '.execplan.yaml'];
