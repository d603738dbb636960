import type { PlatformId } from '@preflight/core';
import type { PageKind } from './types.js';

export interface ExampleUrl {
  url: string;
  kind: PageKind;
  keys?: string[];
}

/**
 * Each platform's URLs, for detection tests and the matrix that checks no adapter claims another's
 * page. Shapes follow public evidence (../shared notes "platform-evidence", cited per platform).
 */
export const EXAMPLE_URLS: Record<PlatformId, ExampleUrl[]> = {
  hubspot: [
    { url: 'https://app.hubspot.com/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d', kind: 'campaign', keys: ['hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d'] },
    { url: 'https://app.hubspot.com/marketing/51657317/campaigns/22EB0E01-1471-41BA-8E6A-ABD2BA62C37D/details?tab=assets', kind: 'campaign', keys: ['hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d'] },
    { url: 'https://app-eu1.hubspot.com/marketing/143000213/campaigns/0f3a9b3c-5d1e-4e2a-9c1b-7a6d5e4f3a2b', kind: 'campaign', keys: ['hubspot:143000213:0f3a9b3c-5d1e-4e2a-9c1b-7a6d5e4f3a2b'] },
    { url: 'https://app-na2.hubspot.com/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d', kind: 'campaign', keys: ['hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d'] },
    // Data-centre hosts named by HubSpot's account-info `uiDomain`: Canada and Australia.
    { url: 'https://app-na3.hubspot.com/marketing/343751787/campaigns/edb9b6c3-d2e2-4ca8-8396-832262aed0d4', kind: 'campaign', keys: ['hubspot:343751787:edb9b6c3-d2e2-4ca8-8396-832262aed0d4'] },
    { url: 'https://app-ap1.hubspot.com/marketing/343751787/campaigns/edb9b6c3-d2e2-4ca8-8396-832262aed0d4', kind: 'campaign', keys: ['hubspot:343751787:edb9b6c3-d2e2-4ca8-8396-832262aed0d4'] },
    { url: 'https://app-ap1.hubspot.com/marketing/51657317/campaigns', kind: 'list' },
    // A saved view of the campaigns list.
    { url: 'https://app.hubspot.com/marketing/4419217/campaigns/views/35783442', kind: 'list' },
    { url: 'https://app.hubspot.com/campaigns/51657317/#/details/22EB0E01-1471-41BA-8E6A-ABD2BA62C37D', kind: 'campaign', keys: ['hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d'] },
    { url: 'https://app.hubspot.com/campaigns/51657317/', kind: 'list' },
    { url: 'https://app.hubspot.com/campaigns/51657317/#/settings', kind: 'other' },
    { url: 'https://app.hubspot.com/marketing/51657317/campaigns/', kind: 'list' },
    { url: 'https://app.hubspot.com/marketing/51657317/campaigns/not-a-guid', kind: 'other' },
    { url: 'https://app.hubspot.com/contacts/51657317/objects/0-1/views/all/list', kind: 'other' },
  ],
  salesforce: [
    { url: 'https://acme.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view', kind: 'campaign', keys: ['salesforce:acme:7015g000000ABCdAAO'] },
    { url: 'https://acme.lightning.force.com/lightning/r/Campaign/7015g000000ABCd/view', kind: 'campaign', keys: ['salesforce:acme:7015g000000ABCdAAO'] },
    { url: 'https://acme.lightning.force.com/lightning/r/7015g000000ABCdAAO/view', kind: 'campaign', keys: ['salesforce:acme:7015g000000ABCdAAO'] },
    { url: 'https://acme--uat.sandbox.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/edit', kind: 'campaign', keys: ['salesforce:acme--uat:7015g000000ABCdAAO'] },
    // Developer Edition, scratch and Trailhead Playground orgs (hosts seen in public code).
    { url: 'https://orgfarm-3f2a1b-dev-ed.develop.lightning.force.com/lightning/r/Campaign/701Q400000S45dlIAB/view', kind: 'campaign', keys: ['salesforce:orgfarm-3f2a1b-dev-ed:701Q400000S45dlIAB'] },
    { url: 'https://power-ruby-1234.scratch.lightning.force.com/lightning/r/Campaign/7013t000001ew4lAAA/view', kind: 'campaign', keys: ['salesforce:power-ruby-1234:7013t000001ew4lAAA'] },
    { url: 'https://wise-koala-a44c19-dev-ed.trailblaze.lightning.force.com/lightning/r/Campaign/7013t000001ew4lAAA/view', kind: 'campaign', keys: ['salesforce:wise-koala-a44c19-dev-ed:7013t000001ew4lAAA'] },
    { url: 'https://acme.lightning.force.com/lightning/o/Campaign/list?filterName=Recent', kind: 'list' },
    { url: 'https://wise-koala-a44c19-dev-ed.trailblaze.lightning.force.com/lightning/o/Campaign/home', kind: 'list' },
    { url: 'https://acme.lightning.force.com/lightning/r/Account/0015g00000XyZabAAB/view', kind: 'other' },
    { url: 'https://acme.lightning.force.com/lightning/page/home', kind: 'other' },
  ],
  'google-ads': [
    { url: 'https://ads.google.com/aw/adgroups?campaignId=23266040344&ocid=7791173504', kind: 'campaign', keys: ['google-ads:23266040344'] },
    { url: 'https://ads.google.com/aw/overview?campaignId=23266040344&ocid=7791173504&authuser=0', kind: 'campaign', keys: ['google-ads:23266040344'] },
    { url: 'https://ads.google.com/aw/keywords/searchterms?campaignId=23266040344&ocid=7791173504', kind: 'campaign', keys: ['google-ads:23266040344'] },
    { url: 'https://ads.google.com/aw/campaigns?ocid=7791173504', kind: 'list' },
    { url: 'https://ads.google.com/aw/overview?ocid=7791173504', kind: 'other' },
    { url: 'https://ads.google.com/aw/billing/summary?ocid=7791173504', kind: 'other' },
  ],
  meta: [
    { url: 'https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1179508710370218&selected_campaign_ids=120250129011790337', kind: 'campaign', keys: ['meta:1179508710370218:120250129011790337'] },
    { url: 'https://adsmanager.facebook.com/adsmanager/manage/campaigns/edit?act=act_1179508710370218&selected_campaign_ids=120250129011790337', kind: 'campaign', keys: ['meta:1179508710370218:120250129011790337'] },
    { url: 'https://business.facebook.com/adsmanager/manage/adsets?act=1179508710370218&selected_campaign_ids=120250129011790337%2C120250129011790338', kind: 'campaign', keys: ['meta:1179508710370218:120250129011790337', 'meta:1179508710370218:120250129011790338'] },
    { url: 'https://adsmanager.facebook.com/adsmanager/manage/campaigns/edit/standalone?act=1179508710370218&business_id=1&selected_campaign_ids=120250129011790337&current_step=0', kind: 'campaign', keys: ['meta:1179508710370218:120250129011790337'] },
    { url: 'https://www.facebook.com/adsmanager/manage/campaigns?act=1179508710370218', kind: 'list' },
    // Only an ad set and an ad selected: the URL does not say their campaign.
    { url: 'https://adsmanager.facebook.com/adsmanager/manage/ads/edit/standalone?act=1179508710370218&selected_adset_ids=120250129011790400&selected_ad_ids=120250129011790500', kind: 'other' },
    { url: 'https://adsmanager.facebook.com/adsmanager/manage/adsets?act=1179508710370218&selected_adset_ids=120250129011790400', kind: 'list' },
    { url: 'https://adsmanager.facebook.com/adsmanager/reporting/manage?act=1179508710370218', kind: 'other' },
  ],
  linkedin: [
    // The UI's "campaign" is the API's campaign group, opened as a filter; 615557454 is a group id in its public source.
    { url: 'https://www.linkedin.com/campaignmanager/accounts/507131805/campaigns?campaignGroupIds=%5B615557454%5D', kind: 'campaign', keys: ['linkedin:507131805:group:615557454'] },
    { url: 'https://www.linkedin.com/campaignmanager/accounts/507131805/campaign-groups?campaignGroupIds=%5B615557454%5D&businessId=1', kind: 'campaign', keys: ['linkedin:507131805:group:615557454'] },
    // The UI's "ad set" is the API's campaign.
    { url: 'https://www.linkedin.com/campaignmanager/accounts/507131805/campaigns/358146626', kind: 'campaign', keys: ['linkedin:507131805:358146626'] },
    { url: 'https://www.linkedin.com/campaignmanager/accounts/507131805/campaigns/358146626/creatives?businessId=personal', kind: 'campaign', keys: ['linkedin:507131805:358146626'] },
    { url: 'https://www.linkedin.com/campaignmanager/accounts/507131805/campaigns', kind: 'list' },
    { url: 'https://www.linkedin.com/campaignmanager/accounts/507131805/campaign-groups', kind: 'list' },
    { url: 'https://www.linkedin.com/campaignmanager/accounts/507131805/campaign-groups/615557454/campaigns', kind: 'other' },
    { url: 'https://www.linkedin.com/campaignmanager/accounts', kind: 'other' },
  ],
};

/** Pages that are no platform's app: every adapter must say null. */
export const FOREIGN_URLS = [
  'https://www.hubspot.com/products/marketing',
  'https://knowledge.hubspot.com/campaigns/create-campaigns',
  'https://apps.hubspot.com/marketing/51657317/campaigns',
  'https://app.hubspot.com.evil.example/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d',
  'http://app.hubspot.com/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d',
  'https://login.salesforce.com/',
  'https://acme.my.salesforce.com/7015g000000ABCd',
  'https://acme--uat.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view',
  'https://acme.sandbox.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view',
  'https://acme.develop.lightning.force.com.evil.example/lightning/r/Campaign/7015g000000ABCdAAO/view',
  'https://acme.unknown.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view',
  'https://ads.google.com/home/',
  'https://www.google.com/search?q=campaignId%3D23266040344',
  'https://www.facebook.com/zuck',
  'https://m.facebook.com/adsmanager/manage/campaigns?act=1',
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/someone/',
  'https://example.com/campaignmanager/accounts/507131805/campaigns/615557454',
];
