import type { PlatformAdapter } from '../types.js';
import { metaDetector } from './detect.js';
import { readMetaPage } from './extract.js';

export const metaAdapter: PlatformAdapter = { ...metaDetector, read: readMetaPage };
