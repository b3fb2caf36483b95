/** What the action does to the world besides GitHub's API: the runner's log, outputs and files. */
export interface Runner {
  /** `https://github.com` or the GitHub Enterprise server's address, for links. */
  readonly serverUrl: string;
  info(message: string): void;
  warning(message: string): void;
  /** A workflow-command annotation (`::error file=…,line=…::message`). */
  annotate(
    level: 'error' | 'warning',
    message: string,
    at: { file: string; startLine: number; endLine: number; title: string },
  ): void;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  /** Writes the JSON report and returns its absolute path. */
  writeReport(json: string): Promise<string>;
  /** Plans in the checked-out workspace (for workflow_dispatch and a push that creates a branch). */
  workspacePlans(globs: readonly string[]): Promise<{ path: string; bytes: Uint8Array | undefined }[]>;
  /** A workspace file's bytes, or undefined when it does not exist or cannot be read. */
  readWorkspaceFile(path: string): Promise<Uint8Array | undefined>;
  /** The names in a workspace folder ('' is the workspace itself). */
  listWorkspaceFolder(path: string): Promise<string[]>;
}
