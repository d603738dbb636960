import { storage } from 'wxt/utils/storage';
import type { Plan, RulesConfig } from '@preflight/core';
import type { TabVerdict } from '../verdict/verdict.js';
import type { TeamLink } from '../team/share-link.js';
import type { ApiAnswer } from '../facts/answer.js';

/**
 * Everything the extension keeps, as typed, versioned items. Local items hold what the user set;
 * session items hold per-tab verdicts so the badge and popup survive a service-worker restart.
 * Values are validated again when read (see ./read.ts): storage is input like any other.
 */
export const configItem = storage.defineItem<RulesConfig | null>('local:config', { fallback: null, version: 1 });

/** Imported plans by id, as parsed by parsePlan when saved. */
export const plansItem = storage.defineItem<Record<string, Plan>>('local:plans', { fallback: {}, version: 1 });

/** What a platform campaign is linked to: a plan imported here, or a team plan on a team server. */
export type PlanLink = { kind: 'local'; planId: string } | ({ kind: 'team' } & TeamLink);

/**
 * Platform campaign key → its plan. Version 1 held a plan id only (every link was to an imported
 * plan); version 2 says which kind of plan. Entries that are not strings are dropped on the way.
 */
export const linksItem = storage.defineItem<Record<string, PlanLink>>('local:links', {
  fallback: {},
  version: 2,
  migrations: {
    2: (v1: unknown): Record<string, PlanLink> => {
      const out: Record<string, PlanLink> = {};
      if (typeof v1 !== 'object' || v1 === null) return out;
      for (const [key, planId] of Object.entries(v1)) if (typeof planId === 'string') out[key] = { kind: 'local', planId };
      return out;
    },
  },
});

export const tabVerdictItem = (tabId: number) => storage.defineItem<TabVerdict | null>(`session:verdict-${tabId}`, { fallback: null });

/**
 * Whether the tab's page has its page script: kept past a service worker's restart (which forgets
 * it) and gone with an update or reload of the extension (whose new script must replace the old).
 */
export const pageScriptItem = (tabId: number) => storage.defineItem<boolean>(`session:page-script-${tabId}`, { fallback: false });

/**
 * Tab id → the campaign keys its page shows, for the tabs whose panel follows its linked plans:
 * the background pushes a changed plan to them, and after a restart opens their team plans again.
 */
export const tabCampaignsItem = storage.defineItem<Record<string, string[]>>('session:tab-campaigns', { fallback: {} });

/**
 * The HubSpot API turned on: a private app's token, kept in this browser's local storage and sent
 * only to HubSpot's API host, by the background. Removed when the user turns the API off.
 */
export const hubspotApiItem = storage.defineItem<{ token: string } | null>('local:hubspot-api', { fallback: null, version: 1 });

/** The HubSpot API's last answer to the background, for the options page (and when it may be asked again). */
export const hubspotAnswerItem = storage.defineItem<ApiAnswer | null>('session:hubspot-api-answer', { fallback: null });
