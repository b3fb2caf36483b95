import { run } from './main.js';

// The action's entry point, as `action.yml` names it (bundled to dist/index.js).
await run();
