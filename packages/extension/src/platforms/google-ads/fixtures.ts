import { esc, page, type FixturePage } from '../html.js';

// Google Ads views as field-tested public notes describe them (browser-use/browser-harness,
// domain-skills/google-ads/{ui,routes,navigation}.md, 2026): every view under `/aw/`, a campaign's
// context from `campaignId=` (`/aw/overview`, `/aw/adgroups`, `/aw/ads`, `/aw/keywords`), tables of
// `.particle-table-row` rows with `ess-cell[essfield]` cells, the enabled/paused state as the
// `aria-label` inside the `status` cell, the campaign name a link into its ad groups. Campaign
// settings (budget, dates, tracking) sit in a slide-in panel no public source shows, so no fixture
// has them. The ids and name are the example of platforms.md; ocid is a session id.

export const CAMPAIGN_ID = '23266040344';
export const OCID = '7791173504';
export const NAME = '2026q3_na_cpc_brand';

const shell = (title: string, main: string) => page(`${title} - Google Ads`, `<main role="main">${main}</main>`);

/** A table row of `ess-cell`s, named by their `essfield`. */
const row = (cells: string) => `<div class="particle-table-row">${cells}</div>`;

function campaignsTable(status: 'Enabled' | 'Paused'): string {
  return `<div role="grid">${row(`<ess-cell essfield="name"><a href="/aw/adgroups?campaignId=${CAMPAIGN_ID}&amp;ocid=${OCID}">${esc(NAME)}</a></ess-cell>
<ess-cell essfield="status"><span role="button" aria-label="${status}"></span></ess-cell><ess-cell essfield="primary_status">Eligible</ess-cell>`)}</div>`;
}

export const fixturePages: FixturePage[] = [
  {
    url: `https://ads.google.com/aw/campaigns?campaignId=${CAMPAIGN_ID}&ocid=${OCID}`,
    html: shell('Campaigns', `<h1>Campaigns</h1>${campaignsTable('Enabled')}`),
    description: 'Google Ads campaigns table in a campaign\'s context: name and status from its row',
  },
  {
    url: `https://ads.google.com/aw/adgroups?campaignId=${CAMPAIGN_ID}&ocid=${OCID}`,
    html: shell('Ad groups', `<h1>Ad groups</h1><div role="grid">${row('<ess-cell essfield="name">Ad group 1</ess-cell>')}</div>`),
    description: 'Google Ads ad groups of a campaign: nothing of the campaign on the page',
  },
  { url: `https://ads.google.com/aw/campaigns?ocid=${OCID}`, html: shell('Campaigns', `<h1>Campaigns</h1>${campaignsTable('Paused')}`), description: 'Google Ads campaign list with no campaign selected' },
  { url: `https://ads.google.com/aw/billing/summary?ocid=${OCID}`, html: shell('Billing', '<h1>Billing</h1>'), description: 'Google Ads billing: not a campaign page' },
];
