import { parseWithMicromark } from './micromark-parser.js';
export { parseWithMicromark };
