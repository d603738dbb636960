import { esc, page, type FixturePage } from '../html.js';

export const ACCOUNT = '507131805';
export const CAMPAIGN_ID = '615557454';

/** The example of platforms.md: draft, starts 2026-09-01 (1788220800000), no end, 10,000 USD total, no UTMs. */
export const EXAMPLE: Record<string, string> = {
  Status: 'Draft',
  'Start date': 'Sep 1, 2026',
  'End date': 'No end date',
  'Total budget': 'USD 10,000.00',
  Owner: 'Sam Okafor',
  'Destination URL': 'https://www.acme.example/abm',
};
export const NAME = '2026q3_na_display_abm-awareness';

const shell = (main: string) => `<header class="global-nav" role="banner"><a href="/campaignmanager/accounts/${ACCOUNT}/campaigns">Campaign Manager</a></header><main role="main">${main}</main>`;

export function campaignHtml(name: string, rows: Record<string, string>): string {
  const dl = Object.entries(rows).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  return page(`${name} | Campaign Manager`, shell(`<section aria-label="Campaign details"><h1>${esc(name)}</h1><dl>${dl}</dl></section>`));
}

export const fixturePages: FixturePage[] = [
  { url: `https://www.linkedin.com/campaignmanager/accounts/${ACCOUNT}/campaigns/${CAMPAIGN_ID}`, html: campaignHtml(NAME, EXAMPLE), description: 'LinkedIn campaign without UTMs on its destination URL' },
  {
    url: `https://www.linkedin.com/campaignmanager/accounts/${ACCOUNT}/campaigns`,
    html: page('Campaigns | Campaign Manager', shell(`<h1>Campaigns</h1><table><tbody><tr><td><a href="/campaignmanager/accounts/${ACCOUNT}/campaigns/${CAMPAIGN_ID}">${NAME}</a></td></tr></tbody></table>`)),
    description: 'LinkedIn campaign list with no campaign selected',
  },
  {
    url: `https://www.linkedin.com/campaignmanager/accounts/${ACCOUNT}/campaigns?campaignGroupIds=%5B${CAMPAIGN_ID}%5D`,
    html: campaignHtml(NAME, EXAMPLE),
    description: 'LinkedIn campaign (the API\'s campaign group), opened as a filter',
  },
  {
    url: `https://www.linkedin.com/campaignmanager/accounts/${ACCOUNT}/campaign-groups/612345678`,
    html: page('Campaign group | Campaign Manager', shell('<h1>Q3 ABM</h1>')),
    description: 'LinkedIn campaign group (the UI may call it a campaign): not a campaign page',
  },
];
