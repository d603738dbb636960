import type { PlatformAdapter } from '../types.js';
import { salesforceDetector } from './detect.js';
import { extractSalesforce } from './extract.js';

export const salesforceAdapter: PlatformAdapter = { ...salesforceDetector, extract: extractSalesforce };
