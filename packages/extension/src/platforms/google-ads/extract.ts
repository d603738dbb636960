import type { CampaignFacts } from '@preflight/core';
import type { Detection } from '../types.js';
import { asDate, compact, fact, labelReader, pageLang, safely, textFact, visible } from '../dom.js';
import { DOLLARS, GOOGLE_ADS } from './selectors.js';

const UNSET = /^(none|not set|no end date)$/i;

/** The campaign in context (`campaignId` in the URL) from whichever `/aw/` view shows its settings. */
export function extractGoogleAds(doc: Document, detection: Detection): CampaignFacts[] {
  const root = visible(doc, GOOGLE_ADS.main) ?? doc;
  const lang = pageLang(doc);
  const label = labelReader(root, UNSET);
  const date = (names: readonly string[]) => asDate(label(names), lang);
  return detection.campaignKeys.map((campaignKey) =>
    compact({
      platform: 'google-ads' as const,
      campaignKey,
      name: safely(() => textFact(root, GOOGLE_ADS.name)),
      status: safely(() => label(GOOGLE_ADS.labels.status)),
      startDate: safely(() => date(GOOGLE_ADS.labels.startDate)),
      endDate: safely(() => date(GOOGLE_ADS.labels.endDate)),
      budget: safely(() => {
        const raw = label(GOOGLE_ADS.labels.budget);
        if (!raw) return undefined;
        // "US$50.00/day": the suffix is the period, a named dollar the currency.
        const daily = /\/\s*day$|per day$/i.test(raw.value);
        let amount = raw.value.replace(/\s*(\/\s*day|per day)$/i, '');
        const prefix = /^[A-Z]{1,2}\$/.exec(amount)?.[0];
        const currency = prefix ? DOLLARS[prefix] : undefined;
        if (currency) amount = amount.slice(prefix!.length);
        return fact({ amount, unit: 'major' as const, period: daily ? ('daily' as const) : ('total' as const), ...(currency ? { currency } : {}) }, raw.source, raw.confidence);
      }),
      trackingUrls: safely(() => {
        const parts = [label(GOOGLE_ADS.labels.trackingTemplate), label(GOOGLE_ADS.labels.finalUrlSuffix)].filter((f) => f !== undefined);
        return parts.length ? fact(parts.map((f) => f.value), parts.map((f) => f.source).join(', '), 0.9) : undefined;
      }),
      autoTagging: safely(() => {
        const raw = label(GOOGLE_ADS.labels.autoTagging);
        return raw && /^(on|off|enabled|disabled)$/i.test(raw.value) ? fact(/^(on|enabled)$/i.test(raw.value), raw.source, raw.confidence) : undefined;
      }),
    }),
  );
}
