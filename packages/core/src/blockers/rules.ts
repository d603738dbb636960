import type { Blocker } from '../plan/schema.js';
import { KILLERS, KILLER_TITLES } from '../plan/vocabulary.js';
import { stepOwner } from '../rules/context.js';
import type { RuleContext } from '../rules/context.js';
import { defineRule, eachRecord, hit } from '../rules/rule.js';
import { blockedStep, isOverdue } from './due.js';
import { latestRecurrences } from './sprints.js';

const FILE_UNDER_A_KILLER = `File it under one of the five killers: ${KILLERS.map((k) => KILLER_TITLES[k].toLowerCase()).join(', ')}.`;

const blockerTarget = (blocker: Blocker) => ({ kind: 'blocker' as const, id: blocker.id });
/** Who acts on a blocker: its owner, else whoever owns the step it holds up. */
const actor = (blocker: Blocker, ctx: RuleContext) => blocker.owner ?? stepOwner(blockedStep(blocker, ctx.plan), ctx.plan);

export const ownerAndDue = defineRule({
  id: 'blocker.owner-due',
  title: 'Every open blocker has an owner and a due date',
  severity: 'warning',
  rationale: 'A blocker without an owner and a due date is a complaint, not a commitment; every blocker leaves the check-in with both.',
  check: eachRecord('blockers', (blocker, ctx) => {
    // Most blockers have both: no list is made for them (the rule reads 10,000 of them).
    if (blocker.status !== 'open' || (blocker.owner?.trim() && blocker.due)) return undefined;
    const missing = [blocker.owner?.trim() ? undefined : 'owner', blocker.due ? undefined : 'due date'].filter((m) => m !== undefined);
    return hit(
      blockerTarget(blocker),
      `Blocker "${blocker.title}" has no ${missing.join(' and no ')}.`,
      `Give it ${missing.map((m) => (m === 'owner' ? 'an owner' : 'a due date')).join(' and ')} at the next blocker check.`,
      stepOwner(blockedStep(blocker, ctx.plan), ctx.plan),
    );
  }),
});

export const category = defineRule({
  id: 'blocker.category',
  title: 'Every blocker names its execution killer',
  severity: 'warning',
  rationale: 'The category is how a blocker that keeps coming back is seen as a process defect; an uncategorised one skews which killer looks most active.',
  check: eachRecord('blockers', (blocker, ctx) =>
    blocker.category === undefined
      ? hit(blockerTarget(blocker), `Blocker "${blocker.title}" has no category.`, FILE_UNDER_A_KILLER, actor(blocker, ctx))
      : undefined,
  ),
});

export const overdue = defineRule({
  id: 'blocker.overdue',
  title: 'Open blockers are resolved by their due date',
  severity: 'warning',
  rationale: 'An overdue blocker is escalated: first to the step’s Accountable, then up the ladder.',
  check: eachRecord('blockers', (blocker, ctx) =>
    isOverdue(blocker, ctx.nowMs, ctx.config.timeZone)
      ? hit(blockerTarget(blocker), `Blocker "${blocker.title}" was due ${blocker.due} and is still open.`, 'Resolve it, or agree a new due date with the Accountable and record why it slipped.', actor(blocker, ctx))
      : undefined,
  ),
});

export const openCritical = defineRule({
  id: 'blocker.open-critical',
  title: 'No open critical blocker',
  severity: 'blocker',
  rationale: 'A blocker rated critical stops the launch until it is resolved.',
  check: eachRecord('blockers', (blocker, ctx) =>
    blocker.status === 'open' && blocker.severity === 'critical'
      ? hit(blockerTarget(blocker), `Critical blocker "${blocker.title}" is open.`, 'Resolve it before launch, or lower its severity and say why.', actor(blocker, ctx))
      : undefined,
  ),
});

export const recurringCategory = defineRule({
  id: 'blocker.recurring-category',
  title: 'No blocker category recurs sprint after sprint',
  severity: 'warning',
  rationale: 'The same kind of blocker in consecutive sprints is a process defect: fix the system, not each blocker.',
  check: ({ plan, config }) =>
    latestRecurrences(plan.blockers, config).map(({ category, sprints, latest }) => {
      const name = category.replace(/-/g, ' ');
      return hit(
        blockerTarget(latest),
        `"${name}" blockers were raised in ${sprints.length} consecutive sprints.`,
        `Treat ${name} as a process defect: change the workflow that keeps producing it.`,
        plan.campaign.owner,
      );
    }),
});

export const BLOCKER_RULES = [ownerAndDue, category, overdue, openCritical, recurringCategory];
