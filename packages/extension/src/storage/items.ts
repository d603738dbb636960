import { storage } from 'wxt/utils/storage';
import type { Plan, RulesConfig } from '@preflight/core';
import type { TabVerdict } from '../verdict/verdict.js';

/**
 * Everything the extension keeps, as typed, versioned items. Local items hold what the user set;
 * session items hold per-tab verdicts so the badge and popup survive a service-worker restart.
 * Values are validated again when read (see ./read.ts): storage is input like any other.
 */
export const configItem = storage.defineItem<RulesConfig | null>('local:config', { fallback: null, version: 1 });

/** Imported plans by id, as parsed by parsePlan when saved. */
export const plansItem = storage.defineItem<Record<string, Plan>>('local:plans', { fallback: {}, version: 1 });

/** Platform campaign key → plan id. */
export const linksItem = storage.defineItem<Record<string, string>>('local:links', { fallback: {}, version: 1 });

export const tabVerdictItem = (tabId: number) => storage.defineItem<TabVerdict | null>(`session:verdict-${tabId}`, { fallback: null });
