import type { PlatformId } from '../plan/vocabulary.js';

/** One thing read off a campaign page, with where it came from and how sure we are. */
export interface Fact<T> {
  value: T;
  /** Where it was read: a selector, `url`, `url:query.campaignId`, `json:…`. */
  source: string;
  /** 0–1: 1 for a labelled field or the URL, lower for text found by pattern. */
  confidence: number;
}

/** A budget as the platform states it; the core normalises the unit. */
export interface BudgetValue {
  amount: number | string;
  /** `major` = 50.00, `minor` = cents (Meta), `micros` = 1,000,000 per unit (Google Ads). */
  unit: 'major' | 'minor' | 'micros';
  currency?: string;
  period: 'daily' | 'total';
}

/** Everything the extension read about one campaign page. */
export interface CampaignFacts {
  platform: PlatformId;
  /** Normalised key, e.g. `hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d`. */
  campaignKey: string;
  name?: Fact<string>;
  status?: Fact<string>;
  /** YYYY-MM-DD */
  startDate?: Fact<string>;
  endDate?: Fact<string>;
  budget?: Fact<BudgetValue>;
  owner?: Fact<string>;
  /** Final URLs / tracking templates / URL suffixes with their query strings. */
  trackingUrls?: Fact<string[]>;
  /** Google Ads auto-tagging (gclid): manual UTMs are then not required. */
  autoTagging?: Fact<boolean>;
}
