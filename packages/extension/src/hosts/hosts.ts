/**
 * The platform hosts, as match patterns: the content script's matches and the host permissions.
 * Match patterns cannot say `app-*.hubspot.com`, so HubSpot's data-centre hosts are listed one by one
 * rather than widening to every `*.hubspot.com` site.
 */
export const HOST_MATCHES = [
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
  'https://*.lightning.force.com/*',
  'https://ads.google.com/*',
  'https://adsmanager.facebook.com/*',
  'https://business.facebook.com/*',
  'https://www.facebook.com/*',
  'https://www.linkedin.com/*',
] as const;

/**
 * Where the content script runs. On the shared Facebook and LinkedIn hosts only the ads apps'
 * paths: those apps are entered with a full page load, and everything else there is none of ours.
 */
export const CONTENT_MATCHES = [
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
  'https://*.lightning.force.com/*',
  'https://ads.google.com/*',
  'https://adsmanager.facebook.com/*',
  'https://business.facebook.com/adsmanager/*',
  'https://www.facebook.com/adsmanager/*',
  'https://www.linkedin.com/campaignmanager/*',
];
