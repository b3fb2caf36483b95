import { isAbsolute, relative, sep } from 'node:path';
import { displayPath } from '../src/cli/paths.js';

/** What displayPath gave before its shortcut for files below the root: `relative`, always. */
const byRelative = (root: string, file: string): string => {
  const rel = relative(root, file);
  return (rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel).split(sep).join('/');
};

test('displayPath names every file as path.relative does, below the root or not', () => {
  const roots = ['/repo', '/repo/', '/', '/repo/sub/..', '/re'];
  const files = [
    '/repo/.plans/a.md',
    '/repo/a.md',
    '/repo',
    '/repo/',
    '/repository/a.md',
    '/repo/./a.md',
    '/repo/../other/a.md',
    '/repo/x/../a.md',
    '/repo/.plans/..',
    '/repo/..hidden/a.md',
    '/repo//a.md',
    '/repo/.plans/',
    '/repo/.',
    '/other/a.md',
  ];
  for (const root of roots)
    for (const file of files)
      expect([root, file, displayPath(root, file)]).toEqual([root, file, byRelative(root, file)]);
});
