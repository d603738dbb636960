import { esc, page, type FixturePage } from '../html.js';

export interface HubSpotCampaign {
  name: string;
  status?: string;
  start?: string;
  end?: string;
  budget?: string;
  currency?: string;
  owner?: string;
  trackingUrls?: string[];
}

export const PORTAL = '51657317';
export const GUID = '22eb0e01-1471-41ba-8e6a-abd2ba62c37d';

/** The example campaign of platforms.md: every check passes. */
export const EXAMPLE: HubSpotCampaign = {
  name: '2026q3_emea_email_product-launch',
  status: 'In progress',
  start: 'Aug 21, 2026',
  end: 'Sep 30, 2026',
  budget: '€15,000.00',
  currency: 'EUR',
  owner: 'Dana Whitfield',
  trackingUrls: ['https://www.acme.example/launch?utm_source=hubspot&utm_medium=email&utm_campaign=2026q3_emea_email_product-launch'],
};

const field = (label: string, testId: string, value: string | undefined) =>
  `<div class="private-description-list__item"><dt>${label}</dt><dd data-test-id="${testId}">${value === undefined ? '<span class="empty">--</span>' : esc(value)}</dd></div>`;

const shell = (main: string) => `<div id="hs-nav-v4"><nav aria-label="Main"><a href="/marketing/${PORTAL}/campaigns">Campaigns</a><a href="/contacts/${PORTAL}/objects/0-1/views/all/list">Contacts</a></nav></div>
<div id="app" class="app-container"><main role="main">${main}</main></div>`;

/** A campaign's details page as HubSpot's Campaigns tool lays it out. */
export function campaignHtml(c: HubSpotCampaign): string {
  const urls = (c.trackingUrls ?? []).map((u) => `<li><a data-test-id="campaign-tracking-url" href="${esc(u)}">${esc(u)}</a></li>`).join('');
  return page(
    `${c.name} | Campaigns`,
    shell(`<header class="campaign-header"><h1 data-test-id="campaign-name">${esc(c.name)}</h1>
  <span class="private-tag" data-test-id="campaign-status">${esc(c.status ?? '')}</span></header>
  <section aria-label="Campaign details"><dl>
    ${field('Start date', 'campaign-start-date', c.start)}
    ${field('End date', 'campaign-end-date', c.end)}
    ${field('Campaign owner', 'campaign-owner', c.owner)}
    ${field('Budget', 'campaign-budget', c.budget)}
    ${field('Currency', 'campaign-currency', c.currency)}
  </dl></section>
  <section aria-label="Tracking URLs"><h2>Tracking URLs</h2><ul>${urls}</ul></section>`),
  );
}

export function listHtml(campaigns: { guid: string; name: string }[]): string {
  const rows = campaigns.map((c) => `<tr><td><a data-test-id="campaign-link" href="/marketing/${PORTAL}/campaigns/${c.guid}">${esc(c.name)}</a></td></tr>`).join('');
  return page('Campaigns', shell(`<h1>Campaigns</h1><table data-test-id="campaigns-table"><tbody>${rows}</tbody></table>`));
}

export const fixturePages: FixturePage[] = [
  { url: `https://app.hubspot.com/marketing/${PORTAL}/campaigns/${GUID}`, html: campaignHtml(EXAMPLE), description: 'HubSpot campaign that passes every check' },
  {
    url: `https://app.hubspot.com/marketing/${PORTAL}/campaigns`,
    html: listHtml([{ guid: GUID, name: EXAMPLE.name }, { guid: '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f', name: 'Q3 webinar copy' }]),
    description: 'HubSpot campaign list with no campaign selected',
  },
  {
    url: `https://app-eu1.hubspot.com/campaigns/${PORTAL}/#/details/${GUID.toUpperCase()}`,
    html: campaignHtml({ ...EXAMPLE, start: '21/08/2026' }),
    description: 'HubSpot campaign on the EU data centre, older hash-routed URL',
  },
  {
    url: `https://app-na2.hubspot.com/marketing/${PORTAL}/campaigns/9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f`,
    html: campaignHtml({ name: 'Q3 webinar copy' }),
    description: 'HubSpot campaign with nothing filled in but its name',
  },
  {
    url: `https://app-na3.hubspot.com/marketing/${PORTAL}/campaigns/${GUID}`,
    html: campaignHtml(EXAMPLE),
    description: 'HubSpot campaign on the Canadian data centre (app-na3)',
  },
  {
    url: `https://app-ap1.hubspot.com/marketing/${PORTAL}/campaigns/${GUID}`,
    html: campaignHtml(EXAMPLE),
    description: 'HubSpot campaign on the Australian data centre (app-ap1)',
  },
  {
    url: `https://app.hubspot.com/marketing/${PORTAL}/campaigns/views/35783442`,
    html: listHtml([{ guid: GUID, name: EXAMPLE.name }]),
    description: 'HubSpot saved view of the campaigns list',
  },
  {
    url: `https://app.hubspot.com/contacts/${PORTAL}/objects/0-1/views/all/list`,
    html: page('Contacts', shell('<h1>Contacts</h1><table><tbody><tr><td>Ada Lovelace</td></tr></tbody></table>')),
    description: 'HubSpot contacts: not a campaign page',
  },
];
