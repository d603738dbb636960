import type { PlatformAdapter } from '../types.js';
import { salesforceDetector } from './detect.js';
import { readSalesforcePage } from './extract.js';

export const salesforceAdapter: PlatformAdapter = { ...salesforceDetector, read: readSalesforcePage };
