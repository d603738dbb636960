import type { ChecklistItem, Plan } from '../plan/schema.js';
import type { GateId } from '../plan/vocabulary.js';

export const isDone = (item: ChecklistItem): boolean => item.doneAt !== undefined;
export const isOpenGate = (item: ChecklistItem): boolean => item.gate && !isDone(item);

/** Gates met while planning: before production and asset creation. */
export const PLANNING_GATES: readonly GateId[] = ['brief-complete', 'message-approved'];
/** Gates met after launch (lead review, optimisation, strategic changes): they do not hold a launch. */
export const POST_LAUNCH_GATES: readonly GateId[] = ['crm-source-capture', 'sales-feedback', 'monthly-reporting'];

/** A planning gate is one of the planning gates, or an unnamed gate in the strategy layer. */
export const isPlanningGate = (item: ChecklistItem): boolean =>
  item.gate && (item.gateId ? PLANNING_GATES.includes(item.gateId) : item.layer === 'strategy');

export const isLaunchGate = (item: ChecklistItem): boolean => item.gate && !(item.gateId && POST_LAUNCH_GATES.includes(item.gateId));

/**
 * When a gate falls due: its own date, else (for a gate that holds the launch) the launch date;
 * undated gates of an undated campaign, and undated post-launch gates, are never due.
 */
export const gateDueDate = (item: ChecklistItem, plan: Plan): string | undefined => item.due ?? (isLaunchGate(item) ? plan.campaign.launchDate : undefined);

/** An open gate is due from the first moment of its due date; `today` is the team's date (see RuleContext). */
export function isDueGate(item: ChecklistItem, plan: Plan, today: string): boolean {
  const due = gateDueDate(item, plan);
  return isOpenGate(item) && due !== undefined && due <= today;
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
