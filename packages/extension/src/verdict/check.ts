import { checkCampaignFacts } from '@preflight/core/platform';
import { findingsState, scoreFindings, worstState, type Finding, type RulesConfig } from '@preflight/core';
import type { LinkedPlans } from '../messaging/protocol.js';
import { FACT_LABELS, FACT_NAMES } from '../platforms/read.js';
import type { CampaignRead, FactName, ReadFact } from '../platforms/types.js';
import { EITHER_WAY_ROUND } from '../platforms/dates.js';
import { isIsoDate } from '@preflight/core/time';
import { summarisePlan, type TabVerdict } from './verdict.js';

/** The fact target of the core's findings that each fact feeds. */
const TARGET_OF: Partial<Record<FactName, string>> = { name: 'name', startDate: 'dates', endDate: 'dates', budget: 'budget', owner: 'owner', trackingUrls: 'utm' };

/**
 * A finding about a fact the page did not show says nothing about the campaign: the panel names
 * the fact as unread instead, and the campaign is at risk until it is read.
 */
const judged = (unread: readonly FactName[]) => {
  const targets = new Set(unread.map((f) => TARGET_OF[f]));
  return (f: Finding) => f.target.kind !== 'fact' || !targets.has(f.target.id);
};

/** The dates read in the page language's order though their day and month could be either way round. */
const doubtfulDates = (f: CampaignRead['facts']) =>
  (['startDate', 'endDate'] as const).flatMap((name) => {
    const fact = f[name];
    return fact && fact.confidence <= EITHER_WAY_ROUND && isIsoDate(fact.value) ? [{ fact: FACT_LABELS[name], date: fact.value }] : [];
  });

/**
 * The core's checks on the facts read, as the tab's verdict; null when the platform is turned off.
 * Run by the background, so the host page's main thread neither loads nor runs the core.
 */
export function verdictFor(base: Omit<TabVerdict, 'campaigns'>, reads: CampaignRead[], config: RulesConfig, { plans, teams }: LinkedPlans): TabVerdict | null {
  const checked = reads.map(({ facts: f, unread, apiProblem, apiNote }) => ({ f, unread, apiProblem, apiNote, plan: plans[f.campaignKey], readiness: checkCampaignFacts(f, config, plans[f.campaignKey], base.checkedAt) }));
  if (checked.length && checked.every((c) => !c.readiness.checked)) return null;
  return {
    ...base,
    campaigns: checked.map(({ f, unread, apiProblem, apiNote, plan, readiness }) => {
      const doubtful = doubtfulDates(f);
      // A state worse than the findings alone give is a crossed threshold of the linked plan's: kept.
      const kept = scoreFindings(readiness.findings.filter(judged(unread)), readiness.state !== findingsState(readiness.findings));
      return {
        campaignKey: f.campaignKey,
        name: f.name?.value,
        readiness: { ...kept, state: worstState([kept.state], unread.length ? 'at-risk' : 'ready') },
        read: FACT_NAMES.flatMap((name) => {
          const fact = f[name] as ReadFact<unknown> | undefined;
          return fact ? [{ fact: FACT_LABELS[name], level: fact.level, via: fact.via }] : [];
        }),
        unread: unread.map((name) => FACT_LABELS[name]),
        ...(doubtful.length ? { doubtful } : {}),
        ...(apiProblem ? { apiProblem } : {}),
        ...(apiNote ? { apiNote } : {}),
        plan: plan ? summarisePlan(plan) : undefined,
        ...(teams[f.campaignKey] ? { team: teams[f.campaignKey] } : {}),
      };
    }),
  };
}
