import type { PhrasingContent } from 'mdast';
import { type Content } from './content.js';
export declare function parseInline(content: Content): PhrasingContent[];
