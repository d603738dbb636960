import type { PlatformAdapter } from '../types.js';
import { salesforceDetector } from './detect.js';
import { readSalesforcePage } from './extract.js';
import { salesforceFacts } from './facts.js';

export const salesforceAdapter: PlatformAdapter = { ...salesforceDetector, read: readSalesforcePage, facts: salesforceFacts };
