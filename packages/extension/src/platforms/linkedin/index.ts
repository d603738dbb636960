import type { PlatformAdapter } from '../types.js';
import { linkedinDetector } from './detect.js';
import { extractLinkedIn } from './extract.js';
import { factsAsRead } from '../read.js';

export const linkedinAdapter: PlatformAdapter = { ...linkedinDetector, read: extractLinkedIn, facts: factsAsRead };
