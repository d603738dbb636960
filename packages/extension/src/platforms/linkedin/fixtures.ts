import { esc, page, type FixturePage } from '../html.js';

// Campaign Manager pages by URL only. The account 507131805 and group 615557454 come from a public
// 2021 request script, whose Referer is `/campaigns/new/details?campaignGroupId=615557454`: 615557454
// is a campaign group. Since October 2025 the UI calls the group a "campaign" and opens it as
// `/campaigns?campaignGroupIds=[id]`, and calls the API's campaign an "ad set" at `/campaigns/{id}`
// (ops notes checked on a live session 2026-09-23; PostHog PR #50714; fivetran/dbt_ad_reporting #21).
// Nothing public shows Campaign Manager's markup, so the pages are opaque and nothing is read.

export const ACCOUNT = '507131805';
export const GROUP_ID = '615557454';
export const CAMPAIGN_ID = '358146626';
export const NAME = '2026q3_na_display_abm-awareness';

const shell = (title: string, main: string) => page(`${title} | Campaign Manager`, `<main role="main">${main}</main>`);

export const fixturePages: FixturePage[] = [
  {
    url: `https://www.linkedin.com/campaignmanager/accounts/${ACCOUNT}/campaigns?campaignGroupIds=%5B${GROUP_ID}%5D`,
    html: shell(NAME, `<h1>${esc(NAME)}</h1>`),
    description: 'LinkedIn campaign (the API\'s campaign group), opened as a filter',
  },
  {
    url: `https://www.linkedin.com/campaignmanager/accounts/${ACCOUNT}/campaigns/${CAMPAIGN_ID}`,
    html: shell('Ad set', '<h1>Ad set</h1>'),
    description: 'LinkedIn ad set (the API\'s campaign)',
  },
  { url: `https://www.linkedin.com/campaignmanager/accounts/${ACCOUNT}/campaigns`, html: shell('Campaigns', '<h1>Campaigns</h1>'), description: 'LinkedIn campaign list with no campaign selected' },
  {
    url: `https://www.linkedin.com/campaignmanager/accounts/${ACCOUNT}/campaign-groups/${GROUP_ID}/campaigns`,
    html: shell('Not found', '<h1>The page you are looking for could not be found</h1>'),
    description: 'LinkedIn: a group as a path segment is no page of the app',
  },
];
