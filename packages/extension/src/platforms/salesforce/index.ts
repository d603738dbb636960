import type { PlatformAdapter } from '../types.js';
import { detectSalesforce, isSalesforceHost } from './detect.js';
import { extractSalesforce } from './extract.js';

export const salesforceAdapter: PlatformAdapter = {
  id: 'salesforce',
  title: 'Salesforce Lightning',
  matchesHost: isSalesforceHost,
  detect: detectSalesforce,
  extract: extractSalesforce,
};
