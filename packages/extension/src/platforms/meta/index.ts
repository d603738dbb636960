import type { PlatformAdapter } from '../types.js';
import { metaDetector } from './detect.js';
import { readMetaPage } from './extract.js';
import { metaFacts } from './facts.js';

export const metaAdapter: PlatformAdapter = { ...metaDetector, read: readMetaPage, facts: metaFacts };
