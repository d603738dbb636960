import type { PlatformAdapter } from '../types.js';
import { linkedinDetector } from './detect.js';
import { readLinkedInPage } from './extract.js';

export const linkedinAdapter: PlatformAdapter = { ...linkedinDetector, read: readLinkedInPage };
