import { isAbsolute, relative, resolve, sep } from 'node:path';
import { displayPath, isPlainRelative } from '../src/cli/paths.js';

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

test('isPlainRelative: a path that resolve would only put the folder in front of, named as given', () => {
  const paths = [
    '.plans/a.md',
    'a.md',
    'x/y/z.md',
    './a.md',
    '../a.md',
    'x/../a.md',
    'x//a.md',
    'x/',
    '.',
    '',
    '/abs.md',
    '.hidden/a.md',
  ];
  const plain = paths.filter(isPlainRelative);
  expect(plain).toEqual(['.plans/a.md', 'a.md', 'x/y/z.md', '.hidden/a.md']);
  for (const path of paths) if (isPlainRelative(path)) expect(displayPath('/repo', resolve('/repo', path))).toBe(path);
});
