import type { CampaignRead, Detection } from '../types.js';
import { fact, isVisible, safely, textOf } from '../dom.js';
import { campaignRead } from '../read.js';
import { GOOGLE_ADS } from './selectors.js';

/** The campaign's row in a visible campaigns table: the row holding a link to this campaign. */
function campaignRow(doc: Document, campaignId: string): { row: Element; link: Element } | undefined {
  for (const link of doc.querySelectorAll(GOOGLE_ADS.campaignLink(campaignId))) {
    const id = new URL(link.getAttribute('href')!, 'https://ads.google.com').searchParams.get('campaignId');
    const row = link.closest(GOOGLE_ADS.row);
    if (id === campaignId && row && isVisible(row)) return { row, link };
  }
  return undefined;
}

/**
 * The campaign in context (`campaignId` in the URL), from its row where a campaigns table shows
 * it: name and status. The rest is unread on the page.
 */
export function extractGoogleAds(doc: Document, detection: Detection): CampaignRead[] {
  return detection.campaignKeys.map((campaignKey) => {
    const found = safely(() => campaignRow(doc, campaignKey.split(':').pop()!));
    const status = found?.row.querySelector(GOOGLE_ADS.statusCell)?.querySelector('[aria-label]')?.getAttribute('aria-label')?.trim();
    const name = textOf(found?.link);
    return campaignRead(
      'google-ads',
      campaignKey,
      {
        name: name ? fact(name, `${GOOGLE_ADS.row} a[href*=campaignId]`, 0.9) : undefined,
        status: status ? fact(status, `${GOOGLE_ADS.statusCell} [aria-label]`, 0.9) : undefined,
      },
      'campaign',
    );
  });
}
