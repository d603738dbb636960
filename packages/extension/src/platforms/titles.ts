import type { PlatformId } from '@preflight/core';

/** Each platform as the user knows it: the panel's and popup's heading, the options and the access notice. */
export const PLATFORM_TITLES: Readonly<Record<PlatformId, string>> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  'google-ads': 'Google Ads',
  meta: 'Meta Ads Manager',
  linkedin: 'LinkedIn Campaign Manager',
};
