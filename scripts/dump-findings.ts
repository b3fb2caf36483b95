/**
 * Dumps every finding on the judged corpus (the plans and both sides of the pairs of
 * ../shared/corpus, and the extra plans under __tests__/fixtures/judged/plans/) as tab-separated
 * lines: the finding's key (file, rule, line text, target, ordinal), its line number and message.
 * A help for judging the findings by hand; every verdict in __tests__/judged-corpus.tsv is made
 * by reading the finding in its plan.
 *
 *     node --import tsx scripts/dump-findings.ts > /tmp/findings.tsv
 */
import { judgedCorpusFiles, findingsOf } from '../__tests__/judged-corpus.js';

for (const file of judgedCorpusFiles()) {
  for (const f of findingsOf(file)) process.stdout.write(`${f.key}\t${f.line}\t${f.message}\n`);
}
