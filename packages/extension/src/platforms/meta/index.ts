import type { PlatformAdapter } from '../types.js';
import { metaDetector } from './detect.js';
import { extractMeta } from './extract.js';

export const metaAdapter: PlatformAdapter = { ...metaDetector, extract: extractMeta };
