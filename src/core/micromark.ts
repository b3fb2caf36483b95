/**
 * Loading this module gives the parser of `./markdown.js` micromark, for the text the fast parser
 * leaves to it (see `MicromarkNotLoaded` there).
 */
import { provideMicromark } from './markdown.js';
import { parseWithMicromark } from './micromark-parser.js';

provideMicromark(parseWithMicromark);

export { parseWithMicromark };
