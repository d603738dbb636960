import type { PlatformAdapter } from '../types.js';
import { salesforceDetector } from './detect.js';
import { readSalesforcePage } from './extract.js';
import { PAGE_FACTS } from '../page-facts.js';

export const salesforceAdapter: PlatformAdapter = { ...salesforceDetector, read: readSalesforcePage, facts: PAGE_FACTS.salesforce.facts };
