import { esc, page, type FixturePage } from '../html.js';

// HubSpot pages by URL only. The URL shapes are public: `/marketing/{portalId}/campaigns/{guid}`
// is built by several public codebases (also on app-eu1), the list and its saved views
// (`/campaigns/views/{id}`) appear in public notes, the data-centre hosts app-na3 and app-ap1 are
// `uiDomain` values of HubSpot's account-info API seen in public code, the hash route is in
// HubSpot's old Blog v2 API docs. The portal, campaign id and example values come from public
// campaign notes. No public capture of a
// campaign page's markup exists, so the page is an opaque app shell and nothing is read from it.

export const PORTAL = '51657317';
export const GUID = '22eb0e01-1471-41ba-8e6a-abd2ba62c37d';
export const OTHER_GUID = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';

/** The app's shell as any HubSpot page has it: the content renders inside #app. */
const shell = (title: string, main: string) => page(`${title} | HubSpot`, `<div id="app"><main>${main}</main></div>`);

export const campaignHtml = (name: string) => shell(name, `<h1>${esc(name)}</h1>`);

const listHtml = shell('Campaigns', `<h1>Campaigns</h1><a href="/marketing/${PORTAL}/campaigns/${GUID}">2026q3_emea_email_product-launch</a>`);

export const fixturePages: FixturePage[] = [
  { url: `https://app.hubspot.com/marketing/${PORTAL}/campaigns/${GUID}`, html: campaignHtml('2026q3_emea_email_product-launch'), description: 'HubSpot campaign (nothing read off the page)' },
  { url: `https://app.hubspot.com/marketing/${PORTAL}/campaigns`, html: listHtml, description: 'HubSpot campaign list with no campaign selected' },
  { url: `https://app.hubspot.com/marketing/${PORTAL}/campaigns/views/35783442`, html: listHtml, description: 'HubSpot saved view of the campaigns list' },
  { url: `https://app-eu1.hubspot.com/campaigns/${PORTAL}/#/details/${GUID.toUpperCase()}`, html: campaignHtml('2026q3_emea_email_product-launch'), description: 'HubSpot campaign on the EU data centre, older hash-routed URL' },
  { url: `https://app-na2.hubspot.com/marketing/${PORTAL}/campaigns/${OTHER_GUID}`, html: campaignHtml('Q3 webinar copy'), description: 'HubSpot campaign on app-na2' },
  { url: `https://app-na3.hubspot.com/marketing/${PORTAL}/campaigns/${GUID}`, html: campaignHtml('2026q3_emea_email_product-launch'), description: 'HubSpot campaign on the Canadian data centre (app-na3)' },
  { url: `https://app-ap1.hubspot.com/marketing/${PORTAL}/campaigns/${GUID}`, html: campaignHtml('2026q3_emea_email_product-launch'), description: 'HubSpot campaign on the Australian data centre (app-ap1)' },
  { url: `https://app.hubspot.com/contacts/${PORTAL}/objects/0-1/views/all/list`, html: shell('Contacts', '<h1>Contacts</h1>'), description: 'HubSpot contacts: not a campaign page' },
];
