import type { PlatformAdapter } from '../types.js';
import { linkedinDetector } from './detect.js';
import { extractLinkedIn } from './extract.js';

export const linkedinAdapter: PlatformAdapter = { ...linkedinDetector, extract: extractLinkedIn };
