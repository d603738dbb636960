import type { PlatformAdapter } from '../types.js';
import { metaDetector } from './detect.js';
import { extractMeta } from './extract.js';
import { factsAsRead } from '../read.js';

export const metaAdapter: PlatformAdapter = { ...metaDetector, read: extractMeta, facts: factsAsRead };
