import type { PlatformAdapter } from '../types.js';
import { linkedinDetector } from './detect.js';
import { readLinkedInPage } from './extract.js';
import { linkedinFacts } from './facts.js';

export const linkedinAdapter: PlatformAdapter = { ...linkedinDetector, read: readLinkedInPage, facts: linkedinFacts };
