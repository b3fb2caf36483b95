import { fstatSync, statSync, writeSync } from 'node:fs';

/** Writes to a standard stream (see `descriptorWriter`). */
export interface DescriptorWriter {
  (data: string | Uint8Array): void;
  /** Whether every write so far is complete: none waits in Node's stream. */
  readonly settled: () => boolean;
}

/**
 * Output to a standard stream by its file descriptor, without `process.stdout`: on a pipe, the
 * stream object loads Node's stream modules, 6 ms of a 30 ms `node -e 0` (measured on Node 24).
 * Each write is complete when it returns, as `process.stdout`'s are on files and pipes on Linux.
 * When the descriptor cannot take the bytes at once (a non-blocking pipe that is full: `EAGAIN`),
 * the rest and every later write go through Node's stream, in order. A reader that has gone
 * (`EPIPE`: `execplan validate | head -1`) ends the program quietly, as other command-line tools do.
 */
export function descriptorWriter(
  fd: number,
  stream: () => NodeJS.WriteStream,
  exit: (code: number) => never = (code) => process.exit(code),
  write: (fd: number, bytes: Uint8Array, offset: number) => number = writeSync,
): DescriptorWriter {
  let through: NodeJS.WriteStream | undefined;
  const streamed = (): NodeJS.WriteStream => {
    if (through) return through;
    through = stream();
    through.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
    return through;
  };
  const writer = (data: string | Uint8Array): void => {
    if (through) {
      through.write(data);
      return;
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let offset = 0; offset < bytes.length;) {
      try {
        offset += write(fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
        if (code !== 'EAGAIN') throw error;
        streamed().write(bytes.subarray(offset));
        return;
      }
    }
  };
  return Object.assign(writer, { settled: () => through === undefined || through.writableLength === 0 });
}

/**
 * Whether the descriptor is a terminal. `node:tty` (and `process.stdout.isTTY`) loads Node's
 * network and stream modules, 4 ms; only a character device can be a terminal, so a pipe or a
 * file is told without it.
 */
export function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    // Output thrown away (`> /dev/null`, as hooks and scripts do) is a character device too.
    if (process.platform !== 'win32' && stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}
