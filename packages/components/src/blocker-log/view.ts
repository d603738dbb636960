import { blockerStatus, resortBlockers, sortBlockers, type Blocker, type BlockerSeverity, type BlockerSort, type BlockerStatus, type Plan } from '@preflight/core';
import type { StatusFilter } from './blocker-log.js';

/** What picks and orders the rows shown: the log's filters and sort. */
export interface ViewSettings {
  readonly statusFilter: StatusFilter;
  readonly ownerFilter: string;
  readonly severityFilter: BlockerSeverity | '';
  readonly sort: BlockerSort;
}

/**
 * Each blocker list's rows as shown (filtered and sorted by the core), by filters, order and now; and
 * each plan's owners and target names. Kept per list and per plan (every element on a page handed one
 * plan shares its objects, see parsePlan's freeze), so a second log of the same plan sorts nothing.
 */
const views = new WeakMap<readonly Blocker[], Map<string, Blocker[]>>();
const VIEWS_KEPT = 4;
/**
 * The last order worked out, with the rows it ordered: an edit gives a new list that differs from it
 * in a record or two, whose order is then worked out from this one (resortBlockers), not sorted again.
 */
let lastSorted: { key: string; shown: readonly Blocker[]; rows: Blocker[] } | undefined;

/** The plan's blockers the settings show, in their order at `now`. */
export function shownBlockers(plan: Plan, settings: ViewSettings, now: string): Blocker[] {
  const key = [now, settings.statusFilter, settings.ownerFilter, settings.severityFilter, settings.sort].join('\u0000');
  let byKey = views.get(plan.blockers);
  if (!byKey) views.set(plan.blockers, (byKey = new Map()));
  const known = byKey.get(key);
  if (known) return known;
  const { statusFilter, ownerFilter, severityFilter } = settings;
  const shown = plan.blockers.filter(
    (b) => (statusFilter === 'all' || b.status === 'open') && (!ownerFilter || b.owner === ownerFilter) && (!severityFilter || b.severity === severityFilter),
  );
  const rows = (lastSorted?.key === key && resortBlockers(lastSorted.rows, lastSorted.shown, shown, settings.sort, now)) || sortBlockers(shown, settings.sort, now);
  lastSorted = { key, shown, rows };
  byKey.set(key, rows);
  // A few orders per list are kept (an unset `now` moves every minute): the oldest goes first.
  if (byKey.size > VIEWS_KEPT) byKey.delete(byKey.keys().next().value!);
  return rows;
}

export interface Lookups {
  owners: string[];
  targets: Map<string, string>;
}
const lookupsByPlan = new WeakMap<Plan, Lookups>();

/** Owners to filter by and the names of what blockers can block, per plan. */
export function lookups(plan: Plan): Lookups {
  let found = lookupsByPlan.get(plan);
  if (!found) {
    const owners = new Set(plan.roles);
    for (const b of plan.blockers) if (b.owner) owners.add(b.owner);
    const targets = new Map<string, string>();
    for (const s of plan.steps) targets.set(`step:${s.id}`, s.name);
    for (const i of plan.checklist) targets.set(`item:${i.id}`, i.label);
    for (const m of plan.milestones) targets.set(`milestone:${m.id}`, m.name);
    for (const a of plan.approvals) targets.set(`approval:${a.id}`, `${a.kind} approval`);
    lookupsByPlan.set(plan, (found = { owners: [...owners].sort((a, b) => a.localeCompare(b)), targets }));
  }
  return found;
}

/** Each rendered row's status from the core, kept while the plan, `now` and the config stay. */
export class RowStatuses {
  private cache?: { plan: Plan; now: string; config: unknown; byBlocker: WeakMap<Blocker, BlockerStatus> };

  of(plan: Plan, now: string, config: Parameters<typeof blockerStatus>[3], b: Blocker): BlockerStatus {
    const cache = this.cache;
    if (cache?.plan !== plan || cache.now !== now || cache.config !== config) this.cache = { plan, now, config, byBlocker: new WeakMap() };
    const byBlocker = this.cache!.byBlocker;
    let status = byBlocker.get(b);
    if (!status) byBlocker.set(b, (status = blockerStatus(b, plan, now, config)));
    return status;
  }
}
