import { DEFAULT_CONFIG, parseConfig, parsePlan, type Plan, type RulesConfig } from '@preflight/core';
import { configItem, linksItem, plansItem, type PlanLink } from './items.js';
import { checkLink } from './link-check.js';

/** The saved rules config, or the defaults when none is saved or the saved one no longer parses. */
export async function readConfig(): Promise<RulesConfig> {
  const saved = await configItem.getValue();
  if (!saved) return DEFAULT_CONFIG;
  const parsed = parseConfig(saved);
  if (!parsed.ok) {
    console.warn('Preflight: the saved rules config is invalid; using the defaults.', parsed.problems);
    return DEFAULT_CONFIG;
  }
  return parsed.value;
}

/** Saved plans that still parse; an invalid record is kept in storage but not used. */
export async function readPlans(): Promise<Record<string, Plan>> {
  const saved = await plansItem.getValue();
  const out: Record<string, Plan> = {};
  for (const [id, raw] of Object.entries(saved)) {
    const parsed = parsePlan(raw);
    if (parsed.ok) out[id] = parsed.value;
    else console.warn(`Preflight: saved plan ${id} is invalid and is ignored.`, parsed.problems);
  }
  return out;
}

/**
 * The imported plan linked to a platform campaign key: by the saved link, else by the plan's own
 * `campaign.links`. A campaign linked to a team plan has none here (the background holds that one).
 */
export function linkedPlan(key: string, links: Record<string, PlanLink>, plans: Record<string, Plan>): Plan | undefined {
  const link = links[key];
  if (link?.kind === 'team') return undefined;
  if (link && plans[link.planId]) return plans[link.planId];
  return Object.values(plans).find((p) => p.campaign.links?.some((l) => l.key === key));
}

/** The saved links that are still usable; a bad entry is kept in storage but not used. */
export async function readLinks(): Promise<Record<string, PlanLink>> {
  const saved = await linksItem.getValue();
  const out: Record<string, PlanLink> = {};
  for (const [key, raw] of Object.entries(saved ?? {})) {
    const link = checkLink(raw);
    if (link) out[key] = link;
    else console.warn(`Preflight: the saved link for ${key} is invalid and is ignored.`);
  }
  return out;
}
