import type { Step } from '../plan/schema.js';
import { stepOwner } from '../rules/context.js';
import { defineRule, eachRecord, hit } from '../rules/rule.js';
import { daysBetween, toMs } from '../time/instant.js';
import { criticalPath } from './critical-path.js';

const stepTarget = (step: Step) => ({ kind: 'step' as const, id: step.id });
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
/** States in which the launch is still ahead. */
const BEFORE_LAUNCH = new Set(['draft', 'ready', 'approved', 'paused']);

export const overdueStep = defineRule({
  id: 'step.overdue',
  title: 'No step is open past its due day',
  severity: 'warning',
  rationale: 'A step still open after its due day is where the last-minute scramble starts; the people waiting on it need to know.',
  check: eachRecord('steps', (step, { plan, today }) =>
    step.doneAt === undefined && step.due !== undefined && step.due < today
      ? hit(
          stepTarget(step),
          `Step "${step.name}" was due ${step.due} and is not done (${days(daysBetween(step.due, today))} overdue).`,
          'Finish it and record when, or agree a new due date with those waiting on it.',
          stepOwner(step, plan),
        )
      : undefined,
  ),
});

export const outOfOrder = defineRule({
  id: 'step.out-of-order',
  title: 'No step is done before a step it depends on',
  severity: 'warning',
  rationale: 'Work done before what it depends on is done is built on guesses and is usually redone.',
  check: eachRecord('steps', (step, { plan, stepById }) => {
    if (step.doneAt === undefined) return undefined;
    const doneAt = toMs(step.doneAt);
    const early = (step.dependsOn ?? []).flatMap((id) => {
      const dep = stepById.get(id);
      return dep && (dep.doneAt === undefined || toMs(dep.doneAt) > doneAt) ? [dep] : [];
    });
    return early.length
      ? hit(
          stepTarget(step),
          `Step "${step.name}" is done while ${early.map((d) => `"${d.name}"`).join(', ')}, which it depends on, ${early.length === 1 ? 'was' : 'were'} not.`,
          'Check the work against what the earlier step produced, then record that step done, or reopen this one.',
          stepOwner(step, plan),
        )
      : undefined;
  }),
});

export const criticalSlip = defineRule({
  id: 'step.critical-slip',
  title: 'The critical path does not move the launch',
  severity: 'warning',
  rationale: 'A late step on the critical path moves the launch day by day; everyone informed needs the new date early.',
  check: ({ plan, today, config, stepById }) => {
    if (!BEFORE_LAUNCH.has(plan.campaign.state) || plan.campaign.launchDate === undefined) return [];
    const path = criticalPath(plan, today, config.timeZone);
    // A slip is a step late against its due date; a launch date passing with no dated step late is threshold.launch-delay's.
    const cause = path.slipping === undefined ? undefined : stepById.get(path.slipping);
    if (path.daysLost === 0 || !cause) return [];
    const names = path.steps.map((id) => stepById.get(id)!.name).join(' → ');
    return [
      hit(
        stepTarget(cause),
        `The critical path (${names}) now finishes ${path.finish}: "${cause.name}" is late and the launch of ${plan.campaign.launchDate} moves ${days(path.daysLost)}.`,
        'Bring the late step back on schedule (more hands, less scope), or move the launch date and tell those informed.',
        stepOwner(cause, plan),
      ),
    ];
  },
});

export const STEP_RULES = [overdueStep, outOfOrder, criticalSlip];
