import type { Plan } from './schema.js';

/**
 * A copy of a plan under an id of its own, named so a person tells it from the original in a list:
 * “Webinar (copy)”, “Webinar (before import 2026-12-03)”. The id is the original's with the label
 * added (and a number when `taken` says that id exists). A copy is not the live campaign: the
 * platform links stay with the original, and it starts with no revision of its own.
 */
export function copyPlan(plan: Plan, label: string, taken: (id: string) => boolean): Plan {
  const tag = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // At most 77 characters, so a number added ("-2" … "-99") stays within an id's 80.
  const base = `${plan.id.slice(0, Math.max(1, 76 - tag.length))}-${tag}`;
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  const suffix = ` (${label})`;
  const name = `${plan.campaign.name.slice(0, 200 - suffix.length)}${suffix}`;
  const { revision: _revision, ...rest } = plan;
  const { links: _links, ...campaign } = plan.campaign;
  return { ...rest, id, campaign: { ...campaign, name } };
}
