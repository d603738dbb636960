import type { Plan } from '../plan/schema.js';
import type { PlanSummary } from './types.js';

/** How a plan is kept in the database (version 2 onwards). */
export interface StoredRecord {
  id: string;
  /** The plan, with `revision` equal to the record's. */
  plan: Plan;
  revision: number;
  updatedAt: string;
  /** `campaign.links[].key`, indexed so the extension finds a plan from a platform page. */
  platformKeys: string[];
}

export function toRecord(plan: Plan, revision: number, updatedAt: string): StoredRecord {
  const platformKeys = [...new Set((plan.campaign.links ?? []).map((link) => link.key))];
  return { id: plan.id, plan: { ...plan, revision }, revision, updatedAt, platformKeys };
}

export function summarize(record: StoredRecord): PlanSummary {
  const { campaign } = record.plan;
  const summary: PlanSummary = { id: record.id, name: campaign.name, state: campaign.state, revision: record.revision, updatedAt: record.updatedAt };
  if (campaign.launchDate) summary.launchDate = campaign.launchDate;
  return summary;
}

/** Summaries in a stable order: by name, then id. */
export function byName(a: PlanSummary, b: PlanSummary): number {
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Same content, whatever the key order and the revision. */
export function samePlan(a: Plan, b: Plan): boolean {
  return canonical({ ...a, revision: 0 }) === canonical({ ...b, revision: 0 });
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}
