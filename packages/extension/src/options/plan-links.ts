import { PLATFORMS, readExportJson, type Plan } from '@preflight/core';

const KEY = new RegExp(`^(${PLATFORMS.join('|')}):\\S+$`);

/** What is wrong with a link, and the link form's field that has to change. */
export interface LinkProblem {
  field: 'key' | 'planId';
  message: string;
}

/** Checks a link from a platform campaign key to a saved plan; returns what is wrong, or null. */
export function linkProblem(key: string, planId: string, plans: Record<string, Plan>): LinkProblem | null {
  if (!KEY.test(key)) return { field: 'key', message: `Campaign key: write it as platform:ids, e.g. hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d (platforms: ${PLATFORMS.join(', ')})` };
  if (key.length > 200) return { field: 'key', message: 'Campaign key: at most 200 characters' };
  if (!plans[planId]) return { field: 'planId', message: 'Plan: choose one of the imported plans' };
  return null;
}

export interface ImportOutcome {
  /** The saved plans with the file's valid plans added (same id: replaced). */
  plans: Record<string, Plan>;
  imported: string[];
  /** Each bad record by its index and path. */
  problems: string[];
}

/** Reads an export file; valid plans are added, bad records are reported and left out. */
export function importPlans(text: string, saved: Record<string, Plan>): ImportOutcome {
  const read = readExportJson(text);
  const plans = { ...saved };
  for (const { plan } of read.plans) plans[plan.id] = plan;
  return {
    plans,
    imported: read.plans.map(({ plan }) => plan.id),
    problems: read.problems.map((p) => (p.index < 0 ? `File, ${p.path}: ${p.message}` : `Record ${p.index} (${p.path}): ${p.message}`)),
  };
}
