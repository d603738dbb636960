import type { PlatformAdapter } from '../types.js';
import { detectLinkedIn, isLinkedInHost } from './detect.js';
import { extractLinkedIn } from './extract.js';

export const linkedinAdapter: PlatformAdapter = {
  id: 'linkedin',
  title: 'LinkedIn Campaign Manager',
  matchesHost: isLinkedInHost,
  detect: detectLinkedIn,
  extract: extractLinkedIn,
};
