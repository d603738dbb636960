import type { PlatformAdapter } from '../types.js';
import { detectMeta, isMetaHost } from './detect.js';
import { extractMeta } from './extract.js';

export const metaAdapter: PlatformAdapter = {
  id: 'meta',
  title: 'Meta Ads Manager',
  matchesHost: isMetaHost,
  detect: detectMeta,
  extract: extractMeta,
};
