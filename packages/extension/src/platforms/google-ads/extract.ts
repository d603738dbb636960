import { isVisible, safely } from '../dom.js';
import { queryParam } from '../page.js';
import { GOOGLE_ADS } from './selectors.js';

/** A visible table row linking into the campaign in context: the link's address and text, and the row's status. */
export interface ShownRow {
  href: string;
  name: string;
  status?: string;
}

/**
 * The page script's half of Google Ads' reading: the visible rows whose link names the campaign in
 * context (`campaignId` in the page's URL), as shown. The background picks the campaign's own row
 * and makes the facts (facts.ts).
 */
export function readGoogleAdsPage(doc: Document, url: string): ShownRow[] {
  const campaignId = queryParam(url, 'campaignId');
  return (campaignId && safely(() => campaignRows(doc, campaignId))) || [];
}

function campaignRows(doc: Document, campaignId: string): ShownRow[] {
  const rows: ShownRow[] = [];
  for (const link of doc.querySelectorAll(GOOGLE_ADS.campaignLink(campaignId))) {
    const row = link.closest(GOOGLE_ADS.row);
    if (!row || !isVisible(row)) continue;
    const status = row.querySelector(GOOGLE_ADS.statusCell)?.querySelector('[aria-label]')?.getAttribute('aria-label');
    const shown: ShownRow = { href: link.getAttribute('href') ?? '', name: link.textContent ?? '' };
    if (status) shown.status = status;
    rows.push(shown);
  }
  return rows;
}
