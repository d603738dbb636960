import { DEFAULT_CONFIG, parseConfig, parsePlan, type Plan, type RulesConfig } from '@preflight/core';
import { closedPageApisItem, configItem, linksItem, plansItem, type PlanLink } from './items.js';
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

/** The origins whose API did not take a page's session, each with what it said; an entry that is not text is not used. */
async function readClosedPageApis(): Promise<Record<string, string>> {
  const saved: unknown = await closedPageApisItem.getValue();
  const out: Record<string, string> = {};
  if (typeof saved === 'object' && saved !== null) for (const [origin, said] of Object.entries(saved)) if (typeof said === 'string') out[origin] = said;
  return out;
}

/** What the origin's API said when it did not take a page's session, if it has in this browser session. */
export async function closedPageApi(origin: string): Promise<string | undefined> {
  return (await readClosedPageApis())[origin];
}

/** Keeps that the origin's API did not take a page's session, and what it said, until the browser restarts. */
export async function closePageApi(origin: string, said: string): Promise<void> {
  await closedPageApisItem.setValue({ ...(await readClosedPageApis()), [origin]: said });
}
