// Jest's globalTeardown: removes the run's folder of shared results (see global-setup.mjs).
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const folder = process.env.EXECPLAN_TEST_RESULTS;
  if (folder) rmSync(folder, { recursive: true, force: true });
}
