import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { recurringCategories } from '../blockers/sprints.js';
import { hasLaunched, isLaunchGate } from '../checklist/gates.js';
import type { Blocker, ChecklistItem, Plan } from '../plan/schema.js';
import { GATE_TITLES, type GateId } from '../plan/vocabulary.js';
import { localDate, localDateOf } from '../time/team-day.js';
import { toMs } from '../time/instant.js';

/** Something that keeps going wrong across campaigns: a process defect, not one plan's problem. */
export interface PortfolioPattern {
  kind: 'killer' | 'late-gate';
  /** The killer category or the gate id. */
  id: string;
  message: string;
  fix: string;
  /** The plans it was seen in, by id, in the order given. */
  plans: string[];
}

/** A gate that was late: done after its due day, or open past it while it counted (launch gates, or after launch). */
function wasLate(item: ChecklistItem, plan: Plan, today: string, zone: string | undefined): boolean {
  if (!item.gate || item.due === undefined) return false;
  if (item.doneAt !== undefined) return localDateOf(item.doneAt, zone) > item.due;
  return item.due < today && (isLaunchGate(item) || hasLaunched(plan));
}

/**
 * What recurs across plans, judged at `now`: a killer category raised in consecutive sprints by
 * blockers of two or more campaigns (one campaign's run is its own `blocker.recurring-category`),
 * and a standard gate late in two or more campaigns.
 */
export function portfolioPatterns(plans: readonly Plan[], now: string, config: RulesConfig = DEFAULT_CONFIG): PortfolioPattern[] {
  if (plans.length < 2) return [];
  const zone = config.timeZone;
  const today = localDate(toMs(now), zone);
  const order = (ids: Set<string>) => plans.map((p) => p.id).filter((id) => ids.has(id));
  const patterns: PortfolioPattern[] = [];

  const planOf = new Map<Blocker, Plan>();
  for (const plan of plans) for (const blocker of plan.blockers) planOf.set(blocker, plan);
  for (const run of recurringCategories([...planOf.keys()], config)) {
    const ids = new Set(run.blockers.map((b) => planOf.get(b)!.id));
    if (ids.size < 2) continue;
    patterns.push({
      kind: 'killer', id: run.category, plans: order(ids),
      message: `"${run.category}" blockers were raised in ${run.sprints.length} consecutive sprints across ${ids.size} campaigns.`,
      fix: `Treat ${run.category} as a process defect of the team: change the workflow that keeps producing it in every campaign.`,
    });
  }

  const lateIn = new Map<GateId, Set<string>>();
  for (const plan of plans) {
    for (const item of plan.checklist) {
      if (!item.gateId || !wasLate(item, plan, today, zone)) continue;
      const ids = lateIn.get(item.gateId) ?? lateIn.set(item.gateId, new Set()).get(item.gateId)!;
      ids.add(plan.id);
    }
  }
  for (const [gateId, ids] of lateIn) {
    if (ids.size < 2) continue;
    patterns.push({
      kind: 'late-gate', id: gateId, plans: order(ids),
      message: `Gate "${GATE_TITLES[gateId]}" was late in ${ids.size} campaigns.`,
      fix: 'Find what keeps this gate late (its owner’s load, its inputs, its date in the template) and change that, not the date.',
    });
  }
  return patterns;
}
