import type { CampaignFacts, Fact } from '@preflight/core/platform';
import type { PlatformId } from '@preflight/core';
import type { CampaignRead, FactName, FactOrigin, Level, ReadFact } from './types.js';

/** Every fact a campaign can have, in the order the panel names them. */
export const FACT_NAMES: readonly FactName[] = ['name', 'status', 'startDate', 'endDate', 'budget', 'owner', 'trackingUrls', 'autoTagging'];

/** Each fact as the panel names it. */
export const FACT_LABELS: Readonly<Record<FactName, string>> = {
  name: 'name',
  status: 'status',
  startDate: 'start date',
  endDate: 'end date',
  budget: 'budget',
  owner: 'owner',
  trackingUrls: 'tracking URLs',
  autoTagging: 'auto-tagging',
};

/** A fact with where it was read. */
export const from = <T>(f: Fact<T>, level: Level, via: FactOrigin['via'] = 'page'): ReadFact<T> => ({ ...f, level, via });

/**
 * One campaign's read: the facts found (each stamped with its level, unless an adapter stamped it
 * already), and of `shown` (the facts this page can hold) those not found. A fact shown empty on the
 * page (a Salesforce end date left blank) is read: the adapter lists it in `seen`.
 */
export function campaignRead(
  platform: PlatformId,
  campaignKey: string,
  found: Partial<Record<FactName, Fact<unknown> | undefined>>,
  level: Level,
  seen: ReadonlySet<FactName> = new Set(),
): CampaignRead {
  const facts: Record<string, unknown> = { platform, campaignKey };
  for (const name of FACT_NAMES) {
    const f = found[name];
    if (f !== undefined) facts[name] = 'level' in f ? f : from(f, level);
  }
  const unread = FACT_NAMES.filter((name) => facts[name] === undefined && !seen.has(name) && (name !== 'autoTagging' || platform === 'google-ads'));
  return { facts: facts as unknown as CampaignFacts, unread };
}
