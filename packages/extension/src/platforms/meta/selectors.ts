/**
 * Ads Manager's classes are obfuscated and change with every release: only roles, ARIA labels and
 * placeholders are read here, as public evidence shows them: a snipcss clone of the editor
 * (usama0011/facebookadsmanger, src/pages/EditCompaing.jsx) and a governance extension's
 * selector map checked on the live editor (2026-02 and 2026-04). The editor has three panels
 * (tabs labelled Campaign, Ad set, Ad); each shows only its own level's fields. Placeholders are
 * the English UI's. The page's access token is never read.
 */
export const META = {
  /** The editor's panel tabs; the selected one says which level is on screen. */
  panelTab: '[role="tab"][aria-selected="true"]',
  panels: { Campaign: 'campaign', 'Ad set': 'ad-set', Ad: 'ad' } as Record<string, 'campaign' | 'ad-set' | 'ad'>,
  /** The campaign panel's on/off switch. */
  statusSwitch: '[role="switch"][aria-label="On/Off"]',
  campaignName: 'input[placeholder*="campaign name" i]',
  /** The ad set panel's schedule. */
  startDate: 'input[aria-label*="Start date"]',
  endDate: 'input[aria-label*="End date"]',
  /** The ad panel's URL parameters (placeholder "key1=value1&key2=value2"). */
  urlParameters: 'input[placeholder*="key1=value1" i]',
} as const;
