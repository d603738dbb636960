import type { PlatformId } from '../plan/vocabulary.js';

/** Each platform as the user knows it: the extension's panel, popup and access notice, and the settings form. */
export const PLATFORM_TITLES: Readonly<Record<PlatformId, string>> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
  'google-ads': 'Google Ads',
  meta: 'Meta Ads Manager',
  linkedin: 'LinkedIn Campaign Manager',
};
