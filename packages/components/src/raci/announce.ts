/**
 * What a screen reader hears after a RACI edit: a cell's new letter is only otherwise conveyed
 * by its name changing, and a step or role moving or leaving is not conveyed at all.
 */
import { RACI_BY_LETTER, type Plan } from '@preflight/core';
import type { PreflightChange } from '../shared/changes.js';

/** Describes an applied edit; `before` is the plan it was made on, `after` the plan it made. */
export function describeRaciChange(change: PreflightChange, before: Plan, after: Plan): string {
  const stepName = (plan: Plan, id: string) => plan.steps.find((s) => s.id === id)?.name ?? id;
  switch (change.type) {
    case 'raci.set':
      return `${stepName(after, change.stepId)}, ${change.role}: ${change.to ? `now ${RACI_BY_LETTER[change.to].name}` : 'cleared'}`;
    case 'step.add':
      return `Step “${stepName(after, change.stepId)}” added at position ${change.index + 1} of ${after.steps.length}`;
    case 'step.rename':
      return `Step “${change.from}” renamed “${change.to}”`;
    case 'step.move':
      return `Step “${stepName(after, change.stepId)}” moved to position ${change.to + 1} of ${after.steps.length}`;
    case 'step.remove':
      return `Step “${stepName(before, change.stepId)}” removed`;
    case 'step.backup':
      return `${stepName(after, change.stepId)}: backup ${change.to ? `now ${change.to}` : 'cleared'}`;
    case 'role.add':
      return `Role “${change.role}” added at position ${change.index + 1} of ${after.roles.length}`;
    case 'role.rename':
      return `Role “${change.from}” renamed “${change.to}”`;
    case 'role.move':
      return `Role “${change.role}” moved to position ${change.to + 1} of ${after.roles.length}`;
    case 'role.person':
      if (change.from === change.to) return `Role “${change.role}”: ${change.email ? `email now ${change.email}` : 'email cleared'}`;
      return `Role “${change.role}”: ${change.to ? `held by ${change.to}` : 'held by nobody'}`;
    case 'role.remove':
      return `Role “${change.role}” removed`;
    default:
      return '';
  }
}
