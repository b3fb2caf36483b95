import { run } from './action/main.js';

// The action's entry point, as `action.yml` names it (bundled to dist/index.js). `run` reports
// every failure through the step's status itself.
void run();
