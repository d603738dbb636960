import type { Detection, PlatformDetector } from '../types.js';
import { otherPage, pathSegments } from '../page.js';
import { toCampaignId } from './record-id.js';
import { PLATFORM_TITLES } from '../titles.js';

/**
 * Lightning hosts with enhanced domains: production `{MyDomain}.lightning.force.com`, and one
 * partition per kind of org: `{MyDomain}--{sandbox}.sandbox.`, Developer Edition `….develop.`,
 * scratch `….scratch.`, Trailhead Playground `….trailblaze.`, demo, free and patch orgs.
 */
const HOST = /^([a-z0-9-]+)\.(?:(sandbox|develop|scratch|trailblaze|demo|free|patch)\.)?lightning\.force\.com$/;

/** The org's My Domain (`acme`, `acme--uat` for a sandbox, `acme-dev-ed` for a Developer Edition), or null off Lightning. */
export function salesforceOrg(host: string): string | null {
  const m = HOST.exec(host);
  if (!m) return null;
  const [, org, partition] = m as unknown as [string, string, string | undefined];
  // A sandbox's My Domain always carries `--{sandbox}`; a production host with `--` is a sandbox
  // from before enhanced domains (enforced since Winter '24), which Lightning no longer serves.
  if (partition === 'sandbox') return org.includes('--') ? org : null;
  if (partition === undefined) return org.includes('--') ? null : org;
  return org;
}

export const salesforceKey = (org: string, campaignId: string) => `salesforce:${org}:${campaignId}`;

/**
 * Record pages `/lightning/r/Campaign/{id}/…` (also `/lightning/r/{id}/view`),
 * list pages `/lightning/o/Campaign/{list|home}`. The key uses the 18-character id.
 */
export function detectSalesforce(url: URL): Detection | null {
  const org = url.protocol === 'https:' ? salesforceOrg(url.hostname) : null;
  if (org === null) return null;
  const path = pathSegments(url.pathname);
  if (path[0] !== 'lightning') return otherPage('salesforce');
  if (path[1] === 'o' && path[2] === 'Campaign') return { platform: 'salesforce', kind: 'list', campaignKeys: [], ids: { org } };
  if (path[1] === 'r') {
    const raw = path[2] === 'Campaign' ? path[3] : path[2];
    const campaignId = raw === undefined ? null : toCampaignId(raw);
    if (campaignId !== null) {
      return { platform: 'salesforce', kind: 'campaign', campaignKeys: [salesforceKey(org, campaignId)], ids: { org, campaignId }, level: 'campaign' };
    }
  }
  return otherPage('salesforce');
}

export const isSalesforceHost = (host: string) => salesforceOrg(host) !== null;

export const salesforceDetector: PlatformDetector = {
  id: 'salesforce',
  title: PLATFORM_TITLES.salesforce,
  matchesHost: isSalesforceHost,
  detect: detectSalesforce,
};
