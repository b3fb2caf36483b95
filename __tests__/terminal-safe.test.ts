import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { neutraliseLogLine, RUNNER_WHITE_SPACE } from '../src/action/log-line.js';
import { terminalSafe, terminalSafeAlways } from '../src/cli/terminal-safe.js';
import { repoRoot, tempDir } from './helpers.js';

/**
 * No plan text or path starts a workflow command in the log, whatever white space the runner trims
 * before `::` (.NET's `char.IsWhiteSpace`), and none reaches a terminal as an escape sequence or a
 * bidirectional override (issue 10, item 6).
 */
// Every character .NET's char.IsWhiteSpace accepts (Unicode 15): Zs, Zl, Zp, U+0009 to U+000D, U+0085.
const DOTNET_WHITE_SPACE = [
  ...'\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a',
  ...'\u2028\u2029\u202f\u205f\u3000',
];
const TSX = join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs');
/** What the runner does: trim .NET white space, then look for `::`. */
const isCommand = (line: string): boolean => {
  let i = 0;
  while (i < line.length && DOTNET_WHITE_SPACE.includes(line[i])) i++;
  return line.startsWith('::', i);
};

describe('log lines', () => {
  test.each(DOTNET_WHITE_SPACE.map((c) => [c.codePointAt(0)!.toString(16), c]))(
    'U+%s before :: does not start a command',
    (_hex, c) => {
      expect(isCommand(neutraliseLogLine(`${c}::stop-commands::x/.plans/b.md`))).toBe(false);
      expect(new RegExp(RUNNER_WHITE_SPACE, 'u').test(c)).toBe(true);
    },
  );
});

describe('terminal output of the CLI', () => {
  test('escape sequences, other control characters and bidi overrides are removed; colour codes kept when on', () => {
    const hostile = 'a\u001b[2J\u001b]0;title\u0007\u001b]52;c;Y2xpcA==\u0007b\u009b1A\u202ec\u2066d\u0000e';
    expect(terminalSafe(hostile)).toBe('abcde');
    expect(terminalSafe('\u001b[31mred\u001b[0m', true)).toBe('\u001b[31mred\u001b[0m');
    expect(terminalSafe('\u001b[31mred\u001b[0m', false)).toBe('red');
  });

  test('text returned as it is needs nothing removed or changed', () => {
    // Every character of the Basic Multilingual Plane, alone, before `::` and in a sequence.
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const text of [`a${c}b`, `${c}::x`, `\u001b${c}b`])
        for (const colour of [false, true])
          if (terminalSafe(text, colour) !== terminalSafeAlways(text, colour))
            throw new Error(`U+${code.toString(16)} in ${JSON.stringify(text)}`);
    }
    expect(terminalSafe('a ::b\n::c')).toBe('a ::b\n: :c');
  });

  const cli = (args: string[], cwd: string) =>
    spawnSync(process.execPath, ['--import', TSX, join(repoRoot, 'src', 'cli.ts'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true', NO_COLOR: '1', NODE_OPTIONS: '' },
    });

  test('with GITHUB_ACTIONS set, a plan path or configuration text never starts a workflow command', () => {
    const dir = tempDir();
    const folder = join(dir, '\u0085::stop-commands::x', '.plans');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'b.md'), '# B\n\nTBD \u001b[2J\u202e here\n');
    const run = cli(['validate', '\u0085::stop-commands::x/.plans/b.md'], dir);
    expect(run.stdout).toContain('stop-commands');
    for (const line of run.stdout.split('\n')) expect(isCommand(line)).toBe(false);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/\u001b|\u202e|\u0085/);

    writeFileSync(join(dir, '.execplan.json'), JSON.stringify({ rules: { '\u0085::stop-commands::y': 'off' } }));
    const bad = cli(['validate', '\u0085::stop-commands::x/.plans/b.md'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('stop-commands');
    for (const line of bad.stderr.split('\n')) expect(isCommand(line)).toBe(false);
  });

  test('validate | head -1 ends quietly, without a stack trace', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.plans'));
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, '.plans', `p${i}.md`), '# P\n\nTBD\n'.repeat(50));
    const run = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" --import "${TSX}" "${join(repoRoot, 'src', 'cli.ts')}" validate | head -1`],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.stderr).toBe('');
  });
});
