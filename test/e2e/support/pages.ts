import { existsSync } from 'node:fs';
import { PLATFORMS, type PlatformId } from '@preflight/core';
import type { ServedPage } from './https-server.js';

export interface FixturePage extends ServedPage {
  description: string;
}

const document = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** Host-page styles that would restyle a careless overlay, and that the overlay must not change. */
const HOSTILE_STYLES = `<style>
  * { font-family: 'Comic Sans MS', cursive; letter-spacing: 2px; }
  button { background: magenta !important; font-size: 40px !important; }
  li { color: red; } ul { padding: 40px; }
  body { margin: 3px; color: #123456; }
</style>`;

/** HubSpot pages of our own: an app shell with a list, two campaigns, and a page without one. */
export const HUBSPOT_PORTAL = '51657317';
export const CAMPAIGN_A = '22eb0e01-1471-41ba-8e6a-abd2ba62c37d';
export const CAMPAIGN_B = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';

export const hubspotUrl = (path: string) => `https://app.hubspot.com/${path}`;
export const campaignUrl = (guid: string) => hubspotUrl(`marketing/${HUBSPOT_PORTAL}/campaigns/${guid}`);
export const listUrl = hubspotUrl(`marketing/${HUBSPOT_PORTAL}/campaigns`);
export const campaignKey = (guid: string) => `hubspot:${HUBSPOT_PORTAL}:${guid}`;

/** A HubSpot campaign page: nothing on it is read (see the HubSpot adapter), the panel names every fact as unread. */
export function campaignBody(name: string): string {
  return `<header><h1>Campaigns</h1><nav><a href="/marketing/${HUBSPOT_PORTAL}/campaigns">All campaigns</a></nav></header>
<main id="app">
  <h2>${name}</h2>
  <ul><li>An item of the host's own list</li></ul>
  <button type="button">A host button</button>
</main>`;
}

/** A Salesforce record page, whose name the panel shows: page text in the panel. */
export const SALESFORCE_RECORD_URL = 'https://acme.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view';
const salesforceRecord = `<div class="windowViewMode-normal oneContent active lafPageHost"><div role="list">
  <records-record-layout-item field-label="Campaign Name"><div data-target-selection-name="sfdc:RecordField.Campaign.Name" role="listitem"><div class="slds-form-element test-id__output-root">
    <span class="test-id__field-label">Campaign Name</span><span class="test-id__field-value slds-form-element__static"><lightning-formatted-text>2026q3_na_email_webinar</lightning-formatted-text></span>
  </div></div></records-record-layout-item>
</div></div>`;

export const listBody = `<header><h1>Campaigns</h1></header><main id="app"><ul>
  <li><a href="/marketing/${HUBSPOT_PORTAL}/campaigns/${CAMPAIGN_A}">2026q3_emea_email_product-launch</a></li>
  <li><a href="/marketing/${HUBSPOT_PORTAL}/campaigns/${CAMPAIGN_B}">Q3 webinar copy</a></li>
</ul></main>`;

export const OWN_PAGES: FixturePage[] = [
  { url: listUrl, html: document('Campaigns', listBody, HOSTILE_STYLES), description: 'HubSpot campaign list' },
  { url: campaignUrl(CAMPAIGN_A), html: document('Campaign A', campaignBody('2026q3_emea_email_product-launch'), HOSTILE_STYLES), description: 'HubSpot campaign A' },
  { url: campaignUrl(CAMPAIGN_B), html: document('Campaign B', campaignBody('Q3 webinar copy'), HOSTILE_STYLES), description: 'HubSpot campaign B' },
  { url: hubspotUrl(`contacts/${HUBSPOT_PORTAL}/objects/0-1/views/all/list`), html: document('Contacts', '<main><h1>Contacts</h1></main>'), description: 'HubSpot contacts (no campaign)' },
  { url: SALESFORCE_RECORD_URL, html: document('Campaign', salesforceRecord), description: 'Salesforce campaign record' },
];

/** Each platform's fixture pages, from the adapters' own fixtures beside their tests. */
export async function platformFixtures(): Promise<Map<PlatformId, FixturePage[]>> {
  const out = new Map<PlatformId, FixturePage[]>();
  for (const platform of PLATFORMS) {
    const path = `../../../packages/extension/src/platforms/${platform}/fixtures.ts`;
    if (!existsSync(new URL(path, import.meta.url))) continue;
    const module = (await import(path)) as { fixturePages?: FixturePage[] };
    out.set(platform, (module.fixturePages ?? []).map((p) => ({ ...p, html: /^\s*<(!doctype|html)/i.test(p.html) ? p.html : document(p.description, p.html) })));
  }
  return out;
}

/**
 * A page as its app leaves it by the time a campaign is in view: it has made requests of its own
 * (each platform here is an app that loads its data over XHR and fetch). The bench serves its pages
 * so. A document's first request pays for setting up its loader, 3–4 ms of the main thread in
 * Chromium against about 0.6 ms for the next one; a real platform page paid that long before an
 * extension asks its org anything, and a fixture that never made a request would charge it to ours.
 */
export function withAppRequest(html: string): string {
  const script = `<script>fetch('/app-data').catch(() => {})</script>`;
  return /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${script}</head>`) : script + html;
}
