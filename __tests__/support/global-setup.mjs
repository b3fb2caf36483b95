// Jest's globalSetup: a folder of its own for each run, where the test files keep the results they
// share (see shared-results.ts); globalTeardown removes it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function globalSetup() {
  process.env.EXECPLAN_TEST_RESULTS = mkdtempSync(join(tmpdir(), 'execplan-test-results-'));
}
