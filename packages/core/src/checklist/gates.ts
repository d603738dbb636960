import type { ChecklistItem, Plan } from '../plan/schema.js';
import type { GateId } from '../plan/vocabulary.js';
import { localDateOf, type TeamZone } from '../time/team-day.js';
import { addMonths } from '../time/days.js';
import { toMs } from '../time/instant.js';

/** The finding target for a checklist item. */
export const itemTarget = (item: ChecklistItem) => ({ kind: 'item' as const, id: item.id });

export const isDone = (item: ChecklistItem): boolean => item.doneAt !== undefined;
export const isOpenGate = (item: ChecklistItem): boolean => item.gate && !isDone(item);

/** Gates met while planning: before production and asset creation. */
export const PLANNING_GATES: readonly GateId[] = ['brief-complete', 'message-approved'];
/** Gates met after launch (lead review, optimisation, strategic changes): they do not hold a launch. */
export const POST_LAUNCH_GATES: readonly GateId[] = ['crm-source-capture', 'sales-feedback', 'monthly-reporting'];

/** A planning gate is one of the planning gates, or an unnamed gate in the strategy layer. */
export const isPlanningGate = (item: ChecklistItem): boolean =>
  item.gate && (item.gateId ? PLANNING_GATES.includes(item.gateId) : item.layer === 'strategy');

export const isPostLaunchGate = (item: ChecklistItem): boolean => item.gate && !!item.gateId && POST_LAUNCH_GATES.includes(item.gateId);
export const isLaunchGate = (item: ChecklistItem): boolean => item.gate && !isPostLaunchGate(item);

/** Launched: live or completed, or the campaign-launched milestone has happened. */
export const hasLaunched = (plan: Plan): boolean =>
  plan.campaign.state === 'live' || plan.campaign.state === 'completed' || plan.milestones.some((m) => m.kind === 'campaign-launched' && m.actual !== undefined);

/**
 * When a gate falls due: its own date, else (for a gate that holds the launch) the launch date;
 * undated gates of an undated campaign, and undated post-launch gates, are never due.
 */
export const gateDueDate = (item: ChecklistItem, plan: Plan): string | undefined => item.due ?? (isLaunchGate(item) ? plan.campaign.launchDate : undefined);

/** An open launch gate is due from the first moment of its due date; `today` is the team's date (see RuleContext). */
export function isDueGate(item: ChecklistItem, plan: Plan, today: string): boolean {
  const due = gateDueDate(item, plan);
  return isOpenGate(item) && isLaunchGate(item) && due !== undefined && due <= today;
}

/**
 * The due date a launched campaign's post-launch gate is overdue from, or undefined. Before launch
 * these gates do not count; undated ones are never due. Monthly reporting recurs every month from
 * its date while the campaign is live (up to its end date): the latest date passed is the one owed,
 * and the last report counts for the monthly date nearest to when it was done.
 */
export function overduePostLaunchDate(item: ChecklistItem, plan: Plan, today: string, zone: TeamZone): string | undefined {
  if (!isPostLaunchGate(item) || item.due === undefined || !hasLaunched(plan) || item.due >= today) return undefined;
  let owed = item.due;
  let before: string | undefined;
  if (item.gateId === 'monthly-reporting' && plan.campaign.state === 'live') {
    const end = plan.campaign.endDate;
    for (let k = 1; ; k++) {
      const next = addMonths(item.due, k);
      if (next >= today || (end !== undefined && next > end)) break;
      [before, owed] = [owed, next];
    }
  }
  if (item.doneAt === undefined) return owed;
  // A report counts for the monthly date nearest to it: a late one for the month before, an early one for this month.
  const doneDay = toMs(localDateOf(item.doneAt, zone));
  const done = before === undefined || doneDay - toMs(before) > toMs(owed) - doneDay;
  return done ? undefined : owed;
}

export const isHttpsLink = (url: string | undefined): boolean => !!url && /^https:\/\/\S+$/i.test(url);

export interface ChecklistProgress {
  done: number;
  total: number;
  /** Gates not yet done, in checklist order. */
  openGates: ChecklistItem[];
}

export function checklistProgress(plan: Plan): ChecklistProgress {
  return {
    done: plan.checklist.filter(isDone).length,
    total: plan.checklist.length,
    openGates: plan.checklist.filter(isOpenGate),
  };
}

/** Open gates that hold the launch (post-launch gates do not), in checklist order. */
export const openLaunchGates = (plan: Plan): ChecklistItem[] => plan.checklist.filter((item) => isOpenGate(item) && isLaunchGate(item));
