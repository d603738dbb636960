import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays } from '../time/days.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { Plan } from '../plan/schema.js';
import { KILLERS } from '../plan/vocabulary.js';
import { TEMPLATES } from '../templates/catalog.js';
import { createPlanFromTemplate } from '../templates/create.js';
import { evaluate } from './evaluate.js';

/** The rules this issue added or changed: none may cost a plan that keeps every playbook promise. */
const PLAYBOOK_RULES = [
  'step.overdue', 'step.out-of-order', 'step.critical-slip', 'gate.standard-removed', 'gate.message-approval', 'gate.post-launch-overdue',
  'blocker.category', 'action.overdue', 'campaign.naming', 'raci.everyone-owns-role', 'lifecycle.skipped-definition', 'gate.open-due',
];

const at = (date: string, hour = 12) => `${date}T${String(hour).padStart(2, '0')}:00:00Z`;

/**
 * A plan that keeps every playbook promise at `now`: made from a template, its brief answered, every
 * step and gate due by today done on its day in dependency order, with evidence; "message approved"
 * resting on an approval; milestones reached on plan; blockers filed under a killer; corrective
 * actions done; signed off by the launch step's Accountable or backup once the planning gates are passed.
 */
const conformingArb = fc
  .record({
    type: fc.constantFrom(...TEMPLATES.map((t) => t.type)),
    launchIn: fc.integer({ min: 1, max: 60 }),
    signedBy: fc.constantFrom('accountable', 'backup', 'nobody'),
    blockers: fc.array(fc.record({ category: fc.constantFrom(...KILLERS), daysAgo: fc.integer({ min: 1, max: 20 }) }), { maxLength: 2 }),
    actions: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ type, launchIn, signedBy, blockers, actions }): { plan: Plan; now: string } => {
    const today = '2026-09-01';
    const launch = addDays(today, launchIn);
    const plan = createPlanFromTemplate(type, { name: `2026q3_emea_event_${type}`, launchDate: launch });
    plan.brief = { objective: 'Pipeline', okr: 'O1 KR2', audience: 'Ops leaders', offer: 'Demo', systems: ['HubSpot'], deadline: launch, successMetric: 'SQLs', successTarget: '50' };
    for (const step of plan.steps) if (step.due! <= today) step.doneAt = at(step.due!);
    for (const item of plan.checklist) {
      if (item.due! > today) continue;
      Object.assign(item, { doneAt: at(item.due!), doneBy: item.owner, evidence: `https://qa.example.com/${item.id}` });
      if (item.gateId === 'message-approved') {
        plan.approvals.push({ id: 'apr-message', kind: 'other', requestedAt: at(addDays(item.due!, -1), 9), decision: 'approved', decidedAt: at(item.due!, 9), decidedBy: 'Marketing director' });
        item.approvalId = 'apr-message';
      }
    }
    for (const m of plan.milestones) if (m.planned <= today) m.actual = m.planned;
    plan.blockers = blockers.map((b, i) => ({
      id: `blk-${i}`, title: `Blocker ${i}`, owner: 'Marketing ops', due: today, severity: 'medium' as const, status: 'resolved' as const,
      category: b.category, raisedAt: at(addDays(today, -b.daysAgo), 9), resolvedAt: at(addDays(today, -b.daysAgo), 15),
    }));
    plan.correctiveActions = Array.from({ length: actions }, (_, i) => ({ id: `ca-${i}`, action: `Action ${i}`, owner: 'Ops lead', due: addDays(today, -i), status: 'done' as const }));
    const planningDone = plan.checklist.every((i) => !(i.gateId === 'brief-complete' || i.gateId === 'message-approved') || i.doneAt);
    if (signedBy !== 'nobody' && planningDone) {
      const step = plan.steps.find((s) => s.id === 'launch-approval')!;
      const by = signedBy === 'accountable' ? step.raci.accountable[0]! : step.raci.backup!;
      plan.approvals.push({ id: 'apr-launch', kind: 'launch', stepId: step.id, requestedAt: at(today, 8), decision: 'approved', decidedAt: at(today, 10), decidedBy: by });
      plan.campaign.state = 'approved';
    }
    return { plan, now: at(today, 18) };
  });

describe('the playbook rules (properties)', () => {
  it('a plan that keeps every playbook promise loses no point to them: ready, 100', () => {
    fc.assert(
      fc.property(conformingArb, ({ plan, now }) => {
        const judged = evaluate(plan, { now, config: DEFAULT_CONFIG });
        assert.deepEqual(judged.findings.map((f) => `${f.ruleId}: ${f.message}`), []);
        assert.equal(judged.score, 100);
        assert.equal(judged.state, 'ready');
      }),
      { numRuns: 200 },
    );
  });

  it('turning the playbook rules off never raises the score of a conforming plan: they cost it nothing', () => {
    const off = { ...DEFAULT_CONFIG, rules: Object.fromEntries(PLAYBOOK_RULES.map((id) => [id, { enabled: false }])) };
    fc.assert(
      fc.property(conformingArb, ({ plan, now }) => {
        assert.equal(evaluate(plan, { now, config: DEFAULT_CONFIG }).score, evaluate(plan, { now, config: off }).score);
      }),
      { numRuns: 100 },
    );
  });
});
