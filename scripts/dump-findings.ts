/**
 * Dumps every finding on every corpus plan (plans, both sides of the pairs, specs, and the extra
 * plans under __tests__/fixtures/judged/) as tab-separated lines: file, rule, line, line text.
 * A help for judging the findings by hand; every verdict is made by reading the plan.
 *
 *     node --import tsx scripts/dump-findings.ts > /tmp/findings.tsv
 */
import { judgedCorpusFiles, findingsOf } from '../__tests__/judged-corpus.js';

for (const file of judgedCorpusFiles()) {
  for (const f of findingsOf(file)) {
    process.stdout.write(`${file.key}\t${f.ruleId}\t${f.line}\t${f.lineText}\t${f.message}\n`);
  }
}
