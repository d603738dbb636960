import { DEFAULT_CONFIG, parseConfig, parsePlan, type Plan, type RulesConfig } from '@preflight/core';
import { configItem, linksItem, plansItem } from './items.js';

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

/** The plan linked to a platform campaign key: by the saved link, else by the plan's own `campaign.links`. */
export function linkedPlan(key: string, links: Record<string, string>, plans: Record<string, Plan>): Plan | undefined {
  const id = links[key];
  if (id && plans[id]) return plans[id];
  return Object.values(plans).find((p) => p.campaign.links?.some((l) => l.key === key));
}

export async function readLinks(): Promise<Record<string, string>> {
  return linksItem.getValue();
}
