import { esc, page, type FixturePage } from '../html.js';

export const CAMPAIGN_ID = '23266040344';
export const OCID = '7791173504';

export interface GoogleAdsCampaign {
  name: string;
  rows: Record<string, string>;
}

/** The example of platforms.md: enabled, 50 a day, UTMs in the final URL suffix, no end date. */
export const EXAMPLE: GoogleAdsCampaign = {
  name: '2026q3_na_cpc_brand',
  rows: {
    Status: 'Enabled',
    Budget: 'US$50.00/day',
    'Start date': 'Sep 1, 2026',
    'End date': 'None',
    'Tracking template': '{lpurl}',
    'Final URL suffix': 'utm_source=google&utm_medium=cpc&utm_campaign=2026q3_na_cpc_brand',
    'Auto-tagging': 'On',
  },
};

const shell = (main: string) => `<header role="banner"><span aria-label="Customer ID">779-117-3504</span></header>
<nav aria-label="Page menu"><a href="/aw/campaigns?ocid=${OCID}">Campaigns</a><a href="/aw/adgroups?ocid=${OCID}&amp;campaignId=${CAMPAIGN_ID}">Ad groups</a></nav>
<main role="main">${main}</main>`;

/** Any `/aw/` view in a campaign's context: the breadcrumb names it, the settings panel lists it. */
export function campaignHtml(c: GoogleAdsCampaign, view = 'Ad groups'): string {
  const rows = Object.entries(c.rows).map(([k, v]) => `<div role="row"><span role="rowheader">${esc(k)}</span><span role="cell">${esc(v)}</span></div>`).join('');
  return page(
    `${view} - ${c.name} - Google Ads`,
    shell(`<nav aria-label="Breadcrumb"><span>All campaigns</span> › <span aria-label="Campaign name">${esc(c.name)}</span></nav>
<h1>${esc(view)}</h1>
<section aria-label="Campaign settings"><div role="table">${rows}</div></section>
<div role="grid" aria-label="${esc(view)}"><div role="row"><span role="gridcell">Ad group 1</span></div></div>`),
  );
}

export const fixturePages: FixturePage[] = [
  { url: `https://ads.google.com/aw/adgroups?campaignId=${CAMPAIGN_ID}&ocid=${OCID}`, html: campaignHtml(EXAMPLE), description: 'Google Ads ad groups of a campaign: 50/day, UTMs in the URL suffix, no end date' },
  {
    url: `https://ads.google.com/aw/settings?ocid=${OCID}&campaignId=${CAMPAIGN_ID}`,
    html: campaignHtml({ name: 'Brand - Copy', rows: { Status: 'Paused', Budget: '$1,500.00', 'Start date': 'Sep 1, 2026', 'End date': 'Aug 1, 2026', 'Auto-tagging': 'Off' } }, 'Settings'),
    description: 'Google Ads settings of a copied campaign: banned word, end before start, no UTMs, total budget without a named currency',
  },
  {
    url: `https://ads.google.com/aw/campaigns?ocid=${OCID}`,
    html: page('Campaigns - Google Ads', shell(`<h1>Campaigns</h1><div role="grid" aria-label="Campaigns"><div role="row"><a role="gridcell" href="/aw/adgroups?campaignId=${CAMPAIGN_ID}&amp;ocid=${OCID}">${EXAMPLE.name}</a></div></div>`)),
    description: 'Google Ads campaign list with no campaign selected',
  },
  { url: `https://ads.google.com/aw/overview?ocid=${OCID}`, html: page('Overview - Google Ads', shell('<h1>Overview</h1>')), description: 'Google Ads account overview: not a campaign page' },
];
