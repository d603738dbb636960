import { DEFAULT_CONFIG } from '../config/defaults.js';
import { stepOwner } from '../rules/context.js';
import { defineRule, hit } from '../rules/rule.js';
import { blockedStep, isOverdue } from './due.js';
import { recurringCategories } from './sprints.js';

const blockerTarget = (id: string) => ({ kind: 'blocker' as const, id });

export const ownerAndDue = defineRule({
  id: 'blocker.owner-due',
  title: 'Every open blocker has an owner and a due date',
  severity: 'warning',
  rationale: 'A blocker without an owner and a due date is a complaint, not a commitment; every blocker leaves the check-in with both.',
  check: ({ plan }) =>
    plan.blockers.flatMap((blocker) => {
      if (blocker.status !== 'open') return [];
      const missing = [blocker.owner?.trim() ? undefined : 'owner', blocker.due ? undefined : 'due date'].filter((m) => m !== undefined);
      if (missing.length === 0) return [];
      return [
        hit(
          blockerTarget(blocker.id),
          `Blocker "${blocker.title}" has no ${missing.join(' and no ')}.`,
          `Give it ${missing.map((m) => (m === 'owner' ? 'an owner' : 'a due date')).join(' and ')} at the next blocker check.`,
          stepOwner(blockedStep(blocker, plan), plan),
        ),
      ];
    }),
});

export const overdue = defineRule({
  id: 'blocker.overdue',
  title: 'Open blockers are resolved by their due date',
  severity: 'warning',
  rationale: 'An overdue blocker is escalated: first to the step’s Accountable, then up the ladder.',
  check: ({ plan, nowMs }) =>
    plan.blockers.flatMap((blocker) =>
      isOverdue(blocker, nowMs)
        ? [
            hit(
              blockerTarget(blocker.id),
              `Blocker "${blocker.title}" was due ${blocker.due} and is still open.`,
              'Resolve it, or agree a new due date with the Accountable and record why it slipped.',
              blocker.owner ?? stepOwner(blockedStep(blocker, plan), plan),
            ),
          ]
        : [],
    ),
});

export const openCritical = defineRule({
  id: 'blocker.open-critical',
  title: 'No open critical blocker',
  severity: 'blocker',
  rationale: 'A blocker rated critical stops the launch until it is resolved.',
  check: ({ plan }) =>
    plan.blockers.flatMap((blocker) =>
      blocker.status === 'open' && blocker.severity === 'critical'
        ? [hit(blockerTarget(blocker.id), `Critical blocker "${blocker.title}" is open.`, 'Resolve it before launch, or downgrade its severity with a reason.', blocker.owner ?? stepOwner(blockedStep(blocker, plan), plan))]
        : [],
    ),
});

export const recurringCategory = defineRule({
  id: 'blocker.recurring-category',
  title: 'No blocker category recurs sprint after sprint',
  severity: 'warning',
  thresholds: { recurrenceSprints: DEFAULT_CONFIG.blockers.recurrenceSprints, sprintLengthDays: DEFAULT_CONFIG.sprint.lengthDays },
  rationale: 'The same kind of blocker in consecutive sprints is a process defect: fix the system, not each blocker.',
  check: ({ plan, config }) =>
    recurringCategories(plan.blockers, config).map(({ category, sprints, blockers }) =>
      hit(
        blockerTarget(blockers[blockers.length - 1]!.id),
        `"${category.replace(/-/g, ' ')}" blockers were raised in ${sprints.length} consecutive sprints.`,
        `Treat ${category.replace(/-/g, ' ')} as a process defect: change the workflow that keeps producing it.`,
        plan.campaign.owner,
      ),
    ),
});

export const BLOCKER_RULES = [ownerAndDue, overdue, openCritical, recurringCategory];
