/**
 * Plans for stories, one per state a widget must show well, judged at a fixed `NOW` so each
 * story looks the same every day. Built from the core's test factories.
 */
import type { Blocker, ChecklistItem, Plan, Step } from '@preflight/core';
import { makeBlocker, makeDoneItem, makeItem, makeLaunchApproval, makePlan, makeStep } from '../../../core/src/testing/factories.js';

export const NOW = '2026-08-20T09:00:00Z';

const doneGates: ChecklistItem[] = [
  makeDoneItem({ id: 'gate-brief', label: 'Strategy brief complete', layer: 'strategy', gateId: 'brief-complete', due: '2026-08-04' }),
  makeDoneItem({ id: 'gate-message', label: 'Message and offer approved', layer: 'strategy', gateId: 'message-approved', due: '2026-08-11' }),
  makeItem({ id: 'gate-lp', label: 'Landing page QA', due: '2026-08-28' }),
  makeItem({ id: 'gate-tracking', label: 'Tracking validation', gateId: 'tracking-validation', owner: 'Ops lead', due: '2026-08-29' }),
];

/** Everything in order: complete brief, default RACI, gates done or not yet due, no open blocker. */
export const healthy: Plan = makePlan({ id: 'story-healthy', checklist: doneGates, approvals: [makeLaunchApproval()] });

/** Warnings only: a step without a backup, a blocker open but not yet due. */
export const atRisk: Plan = makePlan({
  id: 'story-at-risk',
  steps: healthy.steps.map((s, i) => (i === 1 ? { ...s, raci: { ...s.raci, backup: undefined } } : s)),
  blockers: [makeBlocker({ id: 'blk-open', due: '2026-08-27', severity: 'medium' })],
  checklist: doneGates,
});

/** A role of the plan holding no letter on `step` (a role has one letter per step). */
const freeRole = (step: Step): string =>
  healthy.roles.find((r) => ![...step.raci.responsible, ...step.raci.accountable, ...step.raci.consulted, ...step.raci.informed].includes(r))!;

/** Blocking findings: two Accountables on a step and an unanswered brief. */
export const blocked: Plan = makePlan({
  id: 'story-blocked',
  brief: { ...healthy.brief, objective: '', audience: '' },
  steps: healthy.steps.map((s, i) => (i === 0 ? { ...s, raci: { ...s.raci, accountable: [...s.raci.accountable, freeRole(s)] } } : s)),
  blockers: [makeBlocker({ id: 'blk-critical', severity: 'critical', due: '2026-08-25' })],
  checklist: doneGates,
});

/** Past due: blockers and gates whose dates are behind `NOW`. */
export const overdue: Plan = makePlan({
  id: 'story-overdue',
  blockers: [
    makeBlocker({ id: 'blk-late', due: '2026-08-12', title: 'Legal review of the offer terms is late', category: 'structural-bottleneck', owner: 'Legal' }),
    makeBlocker({ id: 'blk-later', due: '2026-08-15', severity: 'medium', title: 'Creative feedback cycle stalled', category: 'feedback-loop-failure', owner: 'Brand' }),
  ],
  checklist: doneGates.map((item) => (item.doneAt ? item : { ...item, due: '2026-08-14' })),
});

/** Nothing recorded yet: no blockers, no checklist, no milestones. */
export const empty: Plan = makePlan({ id: 'story-empty', checklist: [], blockers: [] });

const CATEGORIES: Blocker['category'][] = ['misalignment', 'structural-bottleneck', 'unclear-ownership', 'poor-tooling', 'feedback-loop-failure'];
const SEVERITIES: Blocker['severity'][] = ['low', 'medium', 'high', 'critical'];

/** Hundreds of rows: 60 steps, 400 blockers, 240 checklist items. */
export const large: Plan = (() => {
  const roles = healthy.roles;
  const steps: Step[] = Array.from({ length: 60 }, (_, i) =>
    makeStep({ id: `step-${i}`, name: `Workstream ${i + 1}: ${['asset', 'page', 'email', 'ad set', 'report'][i % 5]} ${Math.floor(i / 5) + 1}` }, undefined),
  );
  const blockers: Blocker[] = Array.from({ length: 400 }, (_, i) =>
    makeBlocker({
      id: `blk-${i}`,
      title: `Blocker ${i + 1}: ${CATEGORIES[i % 5]!.replace(/-/g, ' ')} on workstream ${(i % 60) + 1}`,
      owner: roles[i % roles.length]!,
      severity: SEVERITIES[i % 4]!,
      category: CATEGORIES[i % 5]!,
      due: `2026-08-${String((i % 28) + 1).padStart(2, '0')}`,
      blocks: { kind: 'step', id: `step-${i % 60}` },
      ...(i % 3 === 0 ? { status: 'resolved' as const, resolvedAt: '2026-08-19T12:00:00Z' } : {}),
    }),
  );
  const checklist: ChecklistItem[] = Array.from({ length: 240 }, (_, i) =>
    (i % 2 ? makeDoneItem : makeItem)({ id: `item-${i}`, label: `Check ${i + 1}`, gate: false, gateId: undefined, due: `2026-08-${String((i % 28) + 1).padStart(2, '0')}` }),
  );
  return makePlan({ id: 'story-large', steps, blockers, checklist });
})();

/** Not a valid plan: each widget must list what is wrong, by path, instead of failing. */
export const invalid: unknown = { ...healthy, id: '', steps: [{ ...healthy.steps[0], raci: { responsible: 'Marketing ops' } }], blockers: [{ id: 'blk-1', due: '31/08/2026' }] };
