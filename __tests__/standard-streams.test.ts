import { EventEmitter } from 'node:events';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { descriptorWriter } from '../src/cli/standard-streams.js';
import { tempDir } from './helpers.js';

/** A stand-in for `process.stdout`: it keeps what it is given, and holds it until `drain()`. */
class HeldStream extends EventEmitter {
  readonly chunks: string[] = [];
  writableLength = 0;
  write(data: string | Uint8Array): boolean {
    const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    this.chunks.push(text);
    this.writableLength += text.length;
    return false;
  }
  drain(): void {
    this.writableLength = 0;
  }
}

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });
const noExit = (code: number): never => {
  throw new Error(`exit ${code}`);
};

describe('descriptorWriter', () => {
  test('writes to the descriptor, complete when it returns', () => {
    const file = join(tempDir(), 'out.txt');
    const fd = openSync(file, 'w');
    try {
      const write = descriptorWriter(fd, () => {
        throw new Error('no stream is needed');
      });
      write('one ');
      write(Buffer.from('two ✔'));
      expect(readFileSync(file, 'utf8')).toBe('one two ✔');
      expect(write.settled()).toBe(true);
    } finally {
      closeSync(fd);
    }
  });

  test('a full pipe (EAGAIN): the rest and every later write go through the stream, in order, and are waited for', () => {
    const written: string[] = [];
    const stream = new HeldStream();
    // The descriptor takes the first three bytes, then is full.
    const write = descriptorWriter(
      1,
      () => stream as unknown as NodeJS.WriteStream,
      noExit,
      (_fd, bytes, offset) => {
        if (offset > 0) throw errno('EAGAIN');
        written.push(Buffer.from(bytes.subarray(0, 3)).toString('utf8'));
        return 3;
      },
    );
    write('abcdef');
    write('ghi');
    expect(written).toEqual(['abc']);
    expect(stream.chunks).toEqual(['def', 'ghi']);
    // src/cli.ts ends the process at once only when nothing waits in the stream.
    expect(write.settled()).toBe(false);
    stream.drain();
    expect(write.settled()).toBe(true);
  });

  test('a reader that has gone (EPIPE) ends the program with the exit code set so far', () => {
    const exits: number[] = [];
    const write = descriptorWriter(
      1,
      () => new HeldStream() as unknown as NodeJS.WriteStream,
      (code) => {
        exits.push(code);
        throw new Error('exited');
      },
      () => {
        throw errno('EPIPE');
      },
    );
    expect(() => write('lost')).toThrow('exited');
    expect(exits).toEqual([typeof process.exitCode === 'number' ? process.exitCode : 0]);
  });

  test('another write error is thrown', () => {
    const write = descriptorWriter(
      1,
      () => new HeldStream() as unknown as NodeJS.WriteStream,
      noExit,
      () => {
        throw errno('EIO');
      },
    );
    expect(() => write('x')).toThrow('EIO');
  });
});
