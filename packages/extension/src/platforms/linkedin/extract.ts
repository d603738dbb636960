import type { CampaignFacts } from '@preflight/core';
import type { Detection } from '../types.js';
import { asDate, compact, fact, labelReader, pageLang, safely, textFact, visible } from '../dom.js';
import { LINKEDIN } from './selectors.js';

const UNSET = /^(none|not set|no end date|continuous)$/i;

/** The campaign's facts from its Campaign Manager details panel. */
export function extractLinkedIn(doc: Document, detection: Detection): CampaignFacts[] {
  const root = visible(doc, LINKEDIN.details) ?? doc;
  const lang = pageLang(doc);
  const label = labelReader(root, UNSET);
  const date = (names: readonly string[]) => asDate(label(names), lang);
  return detection.campaignKeys.map((campaignKey) => {
    const daily = label(LINKEDIN.labels.dailyBudget);
    const total = label(LINKEDIN.labels.totalBudget);
    const budget = daily ?? total;
    const destination = label(LINKEDIN.labels.destination);
    return compact({
      platform: 'linkedin' as const,
      campaignKey,
      name: safely(() => textFact(doc, LINKEDIN.name)),
      status: label(LINKEDIN.labels.status),
      startDate: safely(() => date(LINKEDIN.labels.startDate)),
      endDate: safely(() => date(LINKEDIN.labels.endDate)),
      owner: label(LINKEDIN.labels.owner),
      budget: budget && fact({ amount: budget.value, unit: 'major' as const, period: daily ? ('daily' as const) : ('total' as const) }, budget.source, budget.confidence),
      trackingUrls: destination && fact([destination.value], destination.source, destination.confidence),
    });
  });
}
