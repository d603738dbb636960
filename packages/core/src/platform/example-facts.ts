import type { PlatformId } from '../plan/vocabulary.js';
import type { CampaignFacts, Fact } from './facts.js';

const read = <T>(value: T, source = 'page'): Fact<T> => ({ value, source, confidence: 1 });

/**
 * The example campaign on each platform (the same campaigns the extension's fixture pages
 * show), as facts. Tests build variants from these with overrides.
 */
export const EXAMPLE_FACTS: Record<PlatformId, CampaignFacts> = {
  hubspot: {
    platform: 'hubspot',
    campaignKey: 'hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d',
    name: read('2026q3_emea_email_product-launch'),
    status: read('In progress'),
    startDate: read('2026-08-21'),
    endDate: read('2026-09-30'),
    owner: read('Dana Whitfield'),
    budget: read({ amount: '15,000.00', unit: 'major', currency: 'EUR', period: 'total' }),
    trackingUrls: read(['https://www.acme.example/launch?utm_source=hubspot&utm_medium=email&utm_campaign=2026q3_emea_email_product-launch']),
  },
  salesforce: {
    platform: 'salesforce',
    campaignKey: 'salesforce:acme:7015g000000ABCdAAO',
    name: read('Q3 Webinar'),
    status: read('Planned'),
    startDate: read('2026-09-10'),
    owner: read('Priya Raman'),
    budget: read({ amount: '25,000.00', unit: 'major', currency: 'USD', period: 'total' }),
    trackingUrls: read(['https://www.acme.example/webinar?utm_source=salesforce&utm_medium=email&utm_campaign=2026q3_na_email_webinar']),
  },
  'google-ads': {
    platform: 'google-ads',
    campaignKey: 'google-ads:23266040344',
    name: read('2026q3_na_cpc_brand'),
    status: read('ENABLED'),
    startDate: read('2026-09-01'),
    owner: read('Marco Bianchi'),
    budget: read({ amount: 50_000_000, unit: 'micros', currency: 'USD', period: 'daily' }),
    trackingUrls: read(['utm_source=google&utm_medium=cpc&utm_campaign=2026q3_na_cpc_brand']),
    autoTagging: read(true),
  },
  meta: {
    platform: 'meta',
    campaignKey: 'meta:1179508710370218:120250129011790337',
    name: read('2026q3_emea_paid_social_lead-gen'),
    status: read('PAUSED'),
    startDate: read('2026-09-01'),
    endDate: read('2026-09-30'),
    owner: read('Lena Vogel'),
    budget: read({ amount: '5000', unit: 'minor', currency: 'EUR', period: 'daily' }),
    trackingUrls: read(['utm_source=facebook&utm_medium=Paid-Social&utm_campaign={{campaign.name}}&utm_content={{ad.name}}']),
  },
  linkedin: {
    platform: 'linkedin',
    campaignKey: 'linkedin:507131805:615557454',
    name: read('2026q3_na_display_abm-awareness'),
    status: read('DRAFT'),
    startDate: read('2026-09-01'),
    owner: read('Sam Okafor'),
    budget: read({ amount: '10000', unit: 'major', currency: 'USD', period: 'total' }),
  },
};
