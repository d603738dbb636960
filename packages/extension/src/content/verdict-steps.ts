import { checkCampaignFacts, type CampaignFacts, type RulesConfig } from '@preflight/core';
import type { LinkedPlans } from '../messaging/protocol.js';
import { adapterFor } from '../platforms/index.js';
import type { Detection } from '../platforms/types.js';
import { summarisePlan, type TabVerdict } from '../verdict/verdict.js';

/** The facts of the campaign(s) in view, read by the platform's adapter. */
export function readFacts(detection: Detection, doc: Document): CampaignFacts[] {
  return adapterFor(detection.platform).extract(doc, detection);
}

/** The core's checks on the facts read, as the tab's verdict; null when the platform is turned off. */
export function verdictFor(base: Omit<TabVerdict, 'campaigns'>, facts: CampaignFacts[], config: RulesConfig, { plans, teams }: LinkedPlans): TabVerdict | null {
  const checked = facts.map((f) => ({ facts: f, plan: plans[f.campaignKey], readiness: checkCampaignFacts(f, config, plans[f.campaignKey], base.checkedAt) }));
  if (checked.length && checked.every((c) => !c.readiness.checked)) return null;
  return {
    ...base,
    campaigns: checked.map(({ facts: f, plan, readiness: { checked: _checked, ...readiness } }) => ({
      campaignKey: f.campaignKey,
      name: f.name?.value,
      readiness,
      plan: plan ? summarisePlan(plan) : undefined,
      ...(teams[f.campaignKey] ? { team: teams[f.campaignKey] } : {}),
    })),
  };
}
