/**
 * Google Ads' classes are generated; ARIA labels and the settings' row labels are steadier.
 * Verify against a live account: the row labels are the English UI's.
 */
export const GOOGLE_ADS = {
  main: '[role="main"], main',
  name: '[aria-label="Campaign name"]',
  labels: {
    status: ['Status', 'Campaign status'],
    budget: ['Budget', 'Daily budget', 'Campaign total budget'],
    startDate: ['Start date'],
    endDate: ['End date'],
    finalUrlSuffix: ['Final URL suffix'],
    trackingTemplate: ['Tracking template'],
    autoTagging: ['Auto-tagging'],
  },
} as const;

/** Dollar prefixes that name their currency (the UI writes US$ outside the US). */
export const DOLLARS: Record<string, string> = { US$: 'USD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD', HK$: 'HKD', SG$: 'SGD', MX$: 'MXN' };
