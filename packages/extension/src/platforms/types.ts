import type { CampaignFacts, Fact } from '@preflight/core/platform';
import type { PlatformId } from '@preflight/core';

export type PageKind = 'campaign' | 'list' | 'other';

/**
 * Which level of the platform's hierarchy a page or a fact is about, in the words of the platform's
 * own UI: LinkedIn's UI calls the API's campaign group a "campaign" and the API's campaign an
 * "ad set"; Google's ad group is an ad set here.
 */
export type Level = 'campaign' | 'ad-set' | 'ad';

/** What a URL says about the page: pure, from the URL alone. */
export interface Detection {
  platform: PlatformId;
  kind: PageKind;
  /** Normalised campaign keys of the campaign(s) in view (several when Meta has several selected). */
  campaignKeys: string[];
  /** The normalised ids the key was built from (portalId, campaignGuid, act, …). */
  ids: Record<string, string>;
  /** On a campaign page, the level the page shows (a LinkedIn "ad set" page is an API campaign). */
  level?: Level;
}

/** What the background needs to route a tab: pure URL detection, no page reading. */
export interface PlatformDetector {
  id: PlatformId;
  title: string;
  /** Host names this adapter handles (exact names or patterns). */
  matchesHost(host: string): boolean;
  /** Pure URL detection: null when the URL is not this platform's. */
  detect(url: URL): Detection | null;
}

/** A fact of a campaign, apart from what identifies it. */
export type FactName = Exclude<keyof CampaignFacts, 'platform' | 'campaignKey'>;

/** Where a fact was read: the level it belongs to, and whether the page or an API said it. */
export interface FactOrigin {
  level: Level;
  via: 'page' | 'api';
}

/** A fact as the extension read it: the core's fact, with its origin. */
export type ReadFact<T> = Fact<T> & FactOrigin;

/**
 * What was read about one campaign: its facts (each with its origin), and the facts this page
 * could not show (not on the platform's page, not rendered yet, or on another level's panel),
 * which the panel names instead of judging them.
 */
export interface CampaignRead {
  facts: CampaignFacts;
  unread: FactName[];
  /** Why the platform's API, turned on, gave nothing: said in the panel, and the page's facts used instead. */
  apiProblem?: string;
  /** Why the platform's API was not asked or gave nothing, when that is no fault (not open to this user): a quiet note. */
  apiNote?: string;
}

/**
 * A platform's page reading, in two halves. The page script's half gathers what the page shows, as
 * plain data sent to the background; the background's half makes the campaigns' facts of it. What
 * the page script need not do, the host page does not pay for.
 */
export interface PageReading<Shown> {
  /**
   * In the page: what its visible view shows, as plain data; never throws. It knows the page's URL
   * but not its detection, so that the page script can start reading as it is injected.
   */
  read(doc: Document, url: string): Shown;
  /** In the background: the campaigns' facts from what the page showed. */
  facts(shown: Shown, detection: Detection): CampaignRead[];
}

/** A platform's detection and the page script's half of its page reading; the background's half is in page-facts.ts. */
export interface PlatformAdapter extends PlatformDetector, Pick<PageReading<unknown>, 'read'> {}
