import { campaignTarget, soleAccountable, stepOwner } from '../rules/context.js';
import { defineRule, eachRecord, hit } from '../rules/rule.js';
import type { Step } from '../plan/schema.js';
import {
  dominantRoles,
  everyoneOwnsStep,
  hasOneAccountable,
  hasResponsible,
  hasValidBackup,
  isInformedOnly,
  ownersOf,
} from './checks.js';

const stepTarget = (step: Step) => ({ kind: 'step' as const, id: step.id });

export const oneAccountable = defineRule({
  id: 'raci.one-accountable',
  title: 'Exactly one Accountable per step',
  severity: 'blocker',
  rationale: 'With no Accountable nobody signs off, and with several nobody does: each step needs exactly one.',
  // An informed-only step is reported once, by raci.informed-only.
  check: eachRecord('steps', (step, { plan }) => {
    if (hasOneAccountable(step) || isInformedOnly(step)) return undefined;
    const several = step.raci.accountable.length > 1;
    return hit(
      stepTarget(step),
      several
        ? `"${step.name}" has ${step.raci.accountable.length} Accountables (${step.raci.accountable.join(', ')}).`
        : `"${step.name}" has no Accountable.`,
      several ? 'Keep one Accountable and make the others Responsible or Consulted.' : 'Name the one role who signs this step off.',
      plan.campaign.owner,
    );
  }),
});

export const responsible = defineRule({
  id: 'raci.responsible',
  title: 'At least one Responsible per step',
  severity: 'blocker',
  rationale: 'A step nobody is Responsible for does not get done.',
  check: eachRecord('steps', (step, { plan }) =>
    hasResponsible(step) || isInformedOnly(step)
      ? undefined
      : hit(stepTarget(step), `"${step.name}" has no Responsible.`, 'Name at least one role who does the work.', stepOwner(step, plan)),
  ),
});

export const informedOnly = defineRule({
  id: 'raci.informed-only',
  title: 'No step with only Consulted or Informed roles',
  severity: 'blocker',
  rationale: 'A step where everyone is only kept informed has no one doing it and no one owning it.',
  check: eachRecord('steps', (step, { plan }) =>
    isInformedOnly(step)
      ? hit(stepTarget(step), `"${step.name}" lists only Consulted or Informed roles: nobody is Responsible or Accountable.`, 'Name one Accountable and at least one Responsible.', plan.campaign.owner)
      : undefined,
  ),
});

export const backup = defineRule({
  id: 'raci.backup',
  title: 'A named backup for the Accountable',
  severity: 'warning',
  rationale: 'Approvals stall when the Accountable is away; a named backup who is not the Accountable keeps them moving.',
  check: eachRecord('steps', (step, { plan }) => {
    if (hasValidBackup(step)) return undefined;
    const same = !!step.raci.backup?.trim();
    return hit(
      stepTarget(step),
      same ? `The backup of "${step.name}" is the Accountable itself.` : `"${step.name}" has no backup for its Accountable.`,
      'Name a backup who can decide when the Accountable is away, other than the Accountable.',
      stepOwner(step, plan),
    );
  }),
});

export const consultedLimit = defineRule({
  id: 'raci.consulted-limit',
  title: 'Consulted kept small',
  severity: 'warning',
  rationale: 'Consult only those who affect quality, compliance or readiness; every extra voice slows the step.',
  check: eachRecord('steps', (step, { plan, config }) =>
    step.raci.consulted.length > config.raci.maxConsulted
      ? hit(
          stepTarget(step),
          `"${step.name}" consults ${step.raci.consulted.length} roles; the limit is ${config.raci.maxConsulted}.`,
          'Keep as Consulted only the roles that affect quality, compliance or readiness; move the rest to Informed.',
          stepOwner(step, plan),
        )
      : undefined,
  ),
});

export const everyoneOwnsStepRule = defineRule({
  id: 'raci.everyone-owns-step',
  title: 'Not everyone owns one step',
  severity: 'warning',
  rationale: 'When most roles on a step are Responsible or Accountable, ownership is diluted and nobody feels it.',
  check: eachRecord('steps', (step, { plan, config }) =>
    everyoneOwnsStep(step, config)
      ? hit(
          stepTarget(step),
          `${ownersOf(step).size} roles are Responsible or Accountable on "${step.name}": everyone owns it, so nobody does.`,
          'Keep one Accountable and the few who do the work as Responsible; make the others Consulted or Informed.',
          soleAccountable(step) ?? plan.campaign.owner,
        )
      : undefined,
  ),
});

export const everyoneOwnsRoleRule = defineRule({
  id: 'raci.everyone-owns-role',
  title: 'No role owns most steps',
  severity: 'warning',
  rationale: 'A role that is Responsible or Accountable on most steps becomes the bottleneck of the whole campaign, unless the team is too small to share them.',
  check: ({ plan, config }) =>
    dominantRoles(plan, config).map(({ role, steps, share, owners }) =>
      hit(
        { kind: 'role', id: role },
        `${role} is Responsible or Accountable on ${steps} of ${plan.steps.length} steps${share > config.raci.everyoneOwnsRoleShare ? `, more than twice a fair share among ${owners} owning roles` : ''}.`,
        `Hand some of ${role}'s steps to other roles so no more than ${Math.round(share * 100)}% rest on one.`,
        plan.campaign.owner,
      ),
    ),
});

export const hasSteps = defineRule({
  id: 'raci.no-steps',
  title: 'The plan has workflow steps',
  severity: 'blocker',
  rationale: 'A plan with no steps has no RACI, so nobody is Responsible or Accountable for anything.',
  check: ({ plan }) =>
    plan.steps.length
      ? []
      : [hit(campaignTarget(plan), 'The plan has no workflow steps, so nobody owns any part of the work.', 'Add the workflow steps (a template gives the default five) and assign R and A on each.', plan.campaign.owner)],
});

export const RACI_RULES = [hasSteps, oneAccountable, responsible, informedOnly, backup, consultedLimit, everyoneOwnsStepRule, everyoneOwnsRoleRule];
