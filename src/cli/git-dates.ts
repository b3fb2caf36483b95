import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Dates for checked Progress items that carry none, read from git history: the commit that
 * checked the item (turned its box from `[ ]` to `[x]`, or added it already checked), at that
 * commit's time in UTC. Only when that commit is unambiguous; otherwise a reason to report.
 */
export interface UndatedItem {
  /** 1-based line of the item's box in the file as it is now. */
  readonly line: number;
  /** That line's text (line ending removed): the key the engine looks dates up by. */
  readonly text: string;
}

export interface ItemDates {
  /** Dates by the item's line text, for `LintOptions.itemDates`. */
  readonly dates: Map<string, Date>;
  /** Why an item could not be dated, by its line. */
  readonly reasons: Map<number, string>;
}

const CHECKED = /\[[xX]\]/;
const NOT_COMMITTED = /^0{40}$/;

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/** The commit that last changed one line of the working file, and the line's number and path there. */
async function blameLine(
  cwd: string,
  file: string,
  line: number,
): Promise<{ commit: string; line: number; path: string }> {
  const out = await git(cwd, ['blame', '--porcelain', '-L', `${line},${line}`, '--', file]);
  const [header] = out.split('\n');
  const [commit, origLine] = header.split(' ');
  const path = /^filename (.*)$/m.exec(out)?.[1] ?? file;
  return { commit, line: Number(origLine), path };
}

interface LineChange {
  readonly commit: string;
  readonly time: number;
  readonly parents: number;
  readonly added: string[];
  readonly removed: string[];
}

/** The history of one line (`git log -L`), newest first: each commit with the lines it added and removed there. */
async function lineHistory(cwd: string, commit: string, path: string, line: number): Promise<LineChange[]> {
  const out = await git(cwd, ['log', '--no-color', '--format=%x00%H %ct %P', '-L', `${line},${line}:${path}`, commit]);
  return out
    .split('\0')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [header, ...rest] = chunk.split('\n');
      const [hash, time, ...parents] = header.trim().split(' ');
      const added = rest.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1));
      const removed = rest.filter((l) => l.startsWith('-') && !l.startsWith('---')).map((l) => l.slice(1));
      return { commit: hash, time: Number(time), parents: parents.filter(Boolean).length, added, removed };
    });
}

/**
 * Dates one item, or says why it cannot. Blame runs beside the file; the line's history runs at
 * the top of the work tree, because blame names the file by its path from there.
 */
async function dateItem(cwd: string, top: string, file: string, item: UndatedItem): Promise<Date | string> {
  const blame = await blameLine(cwd, file, item.line);
  if (NOT_COMMITTED.test(blame.commit)) return 'the item is not committed yet, so git cannot say when it was checked';
  const history = await lineHistory(top, blame.commit, blame.path, blame.line);
  for (const change of history) {
    if (!change.added.some((l) => CHECKED.test(l))) return 'its history in git does not show the box being checked';
    const wasChecked = change.removed.some((l) => CHECKED.test(l));
    if (wasChecked) continue;
    if (change.parents > 1)
      return `it was checked in a merge commit (${change.commit.slice(0, 7)}), which does not say when`;
    if (change.added.filter((l) => CHECKED.test(l)).length > 1)
      return `commit ${change.commit.slice(0, 7)} checked several items on these lines at once, so which is which is not clear`;
    return new Date(change.time * 1000);
  }
  return 'its history in git does not show the box being checked';
}

/** Dates each undated checked item of one file from git history (see `ItemDates`). */
export async function gitItemDates(file: string, items: readonly UndatedItem[]): Promise<ItemDates> {
  const dates = new Map<string, Date>();
  const reasons = new Map<number, string>();
  if (items.length === 0) return { dates, reasons };
  const cwd = dirname(file);
  let top: string;
  try {
    top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    for (const item of items)
      reasons.set(item.line, 'the plan is not in a git repository, so its history cannot date it');
    return { dates, reasons };
  }
  const seen = new Map<string, number>();
  for (const item of items) seen.set(item.text, (seen.get(item.text) ?? 0) + 1);
  for (const item of items) {
    if ((seen.get(item.text) ?? 0) > 1) {
      reasons.set(item.line, 'another checked item has the same text, so its date cannot be told apart');
      continue;
    }
    let dated: Date | string;
    try {
      dated = await dateItem(cwd, top, basename(file), item);
    } catch (error) {
      dated = `git could not tell (${String((error as Error).message).split('\n')[0]})`;
    }
    if (typeof dated === 'string') reasons.set(item.line, dated);
    else dates.set(item.text, dated);
  }
  return { dates, reasons };
}
