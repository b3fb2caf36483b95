import { createRequire as __execplanCreateRequire } from 'node:module';
const require = __execplanCreateRequire(import.meta.url);

// src/formatters/text.ts
var plural = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
var paint = (on, code, text) => on ? `\x1B[${code}m${text}\x1B[0m` : text;

export {
  plural,
  paint
};
