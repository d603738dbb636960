import type { CampaignRead, Detection } from '../types.js';
import { fact, safely } from '../dom.js';
import { campaignRead } from '../read.js';
import { collapseSpace } from '../chars.js';
import { GOOGLE_ADS } from './selectors.js';
import type { ShownRow } from './extract.js';

/** Whether a row's link goes to this campaign (its `campaignId`, not one that starts with it). */
const linksTo = (row: ShownRow, campaignId: string) => safely(() => new URL(row.href, 'https://ads.google.com').searchParams.get('campaignId')) === campaignId;

/**
 * The background's half of Google Ads' reading: the campaign in context from its row where a
 * campaigns table shows it (extract.ts): name and status. The rest is unread on the page.
 */
export function googleAdsFacts(rows: ShownRow[], detection: Detection): CampaignRead[] {
  return detection.campaignKeys.map((campaignKey) => {
    const row = rows.find((r) => linksTo(r, campaignKey.split(':').pop()!));
    const name = collapseSpace(row?.name ?? '');
    const status = row?.status?.trim();
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
