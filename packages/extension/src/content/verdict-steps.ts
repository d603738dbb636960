import { checkCampaignFacts } from '@preflight/core/platform';
import { findingsState, scoreFindings, worstState, type Finding, type RulesConfig } from '@preflight/core';
import { adapterFor } from '../platforms/index.js';
import type { LinkedPlans } from '../messaging/protocol.js';
import { apiFactsFor } from '../facts/api-facts.js';
import { withApiFacts } from '../facts/merge.js';
import { FACT_LABELS, FACT_NAMES } from '../platforms/read.js';
import type { CampaignRead, Detection, FactName, ReadFact } from '../platforms/types.js';
import { summarisePlan, type TabVerdict } from '../verdict/verdict.js';

/**
 * The facts of the campaign(s) in view: read by the platform's adapter, with the platform's API
 * over them where one is on (the page's facts stand if it fails).
 */
export async function readFacts(detection: Detection, doc: Document): Promise<CampaignRead[]> {
  const api = apiFactsFor(detection);
  const page = adapterFor(detection.platform).extract(doc, detection);
  return withApiFacts(page, await api);
}

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

/** The core's checks on the facts read, as the tab's verdict; null when the platform is turned off. */
export function verdictFor(base: Omit<TabVerdict, 'campaigns'>, reads: CampaignRead[], config: RulesConfig, { plans, teams }: LinkedPlans): TabVerdict | null {
  const checked = reads.map(({ facts: f, unread, apiProblem, apiNote }) => ({ f, unread, apiProblem, apiNote, plan: plans[f.campaignKey], readiness: checkCampaignFacts(f, config, plans[f.campaignKey], base.checkedAt) }));
  if (checked.length && checked.every((c) => !c.readiness.checked)) return null;
  return {
    ...base,
    campaigns: checked.map(({ f, unread, apiProblem, apiNote, plan, readiness }) => {
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
        ...(apiProblem ? { apiProblem } : {}),
        ...(apiNote ? { apiNote } : {}),
        plan: plan ? summarisePlan(plan) : undefined,
        ...(teams[f.campaignKey] ? { team: teams[f.campaignKey] } : {}),
      };
    }),
  };
}
