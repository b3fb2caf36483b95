// Every test file runs with micromark loaded, as the library, the action and the CLI's workers do
// (the CLI's main thread loads it when a plan needs it: `__tests__/bundles.test.ts` checks that).
import '../../src/core/micromark.js';
