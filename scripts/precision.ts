/**
 * Writes docs/precision.md: the precision of each rule on the judged corpus, from the verdicts in
 * __tests__/judged-corpus.tsv and the findings the rules report now.
 *
 *     node --import tsx scripts/precision.ts
 */
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findingsOf,
  judgedCorpusFiles,
  precisionByRule,
  readJudgements,
  renderPrecision,
} from '../__tests__/judged-corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const judgements = readJudgements();
const files = judgedCorpusFiles();
const rows = precisionByRule(files.flatMap(findingsOf), judgements);
writeFileSync(join(root, 'docs', 'precision.md'), renderPrecision(rows, files.length, judgements.size));
const unjudged = rows.reduce((s, r) => s + r.unjudged, 0);
process.stdout.write(`docs/precision.md written; ${unjudged} findings unjudged.\n`);
