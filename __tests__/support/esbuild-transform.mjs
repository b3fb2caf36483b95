// Jest's transform of TypeScript: esbuild strips the types of each file on its own (as ts-jest did
// with `isolatedModules`; `npm run typecheck` checks the types), in a fraction of TypeScript's time.
// ES modules out, with an inline source map so that a failure points at the TypeScript line.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync, version } from 'esbuild';

const self = readFileSync(new URL(import.meta.url), 'utf8');

const transform = (sourceText, sourcePath) => {
  const { code } = transformSync(sourceText, {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: sourcePath,
  });
  return { code };
};

export default {
  canInstrument: false,
  getCacheKey: (sourceText, sourcePath) =>
    createHash('sha256').update(self).update(version).update(sourcePath).update('\0').update(sourceText).digest('hex'),
  process: transform,
  processAsync: async (sourceText, sourcePath) => transform(sourceText, sourcePath),
};
