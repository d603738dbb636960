import type { CampaignFacts } from '@preflight/core';
import type { Detection } from '../types.js';
import { compact, dateFact, fact, isVisible, pageLang, safely, textFact, textOf } from '../dom.js';
import { HUBSPOT } from './selectors.js';

/** The campaign's facts from its HubSpot page; fields that are not on screen are left out. */
export function extractHubSpot(doc: Document, detection: Detection): CampaignFacts[] {
  const lang = pageLang(doc);
  return detection.campaignKeys.map((campaignKey) =>
    compact({
      platform: 'hubspot' as const,
      campaignKey,
      name: safely(() => textFact(doc, HUBSPOT.name)),
      status: safely(() => textFact(doc, HUBSPOT.status)),
      startDate: safely(() => dateFact(doc, HUBSPOT.startDate, lang)),
      endDate: safely(() => dateFact(doc, HUBSPOT.endDate, lang)),
      owner: safely(() => textFact(doc, HUBSPOT.owner)),
      budget: safely(() => {
        const amount = textFact(doc, HUBSPOT.budget);
        if (!amount) return undefined;
        const currency = textFact(doc, HUBSPOT.currency)?.value;
        return fact({ amount: amount.value, unit: 'major' as const, period: 'total' as const, ...(currency ? { currency } : {}) }, HUBSPOT.budget, 1);
      }),
      trackingUrls: safely(() => {
        const urls = [...doc.querySelectorAll(HUBSPOT.trackingUrl)].filter(isVisible).map((el) => el.getAttribute('href') ?? textOf(el)).filter(Boolean);
        return urls.length ? fact(urls, HUBSPOT.trackingUrl, 1) : undefined;
      }),
    }),
  );
}
