import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import type { Plan } from '../plan/schema.js';
import { ruleContext } from '../rules/context.js';
import { ruleById } from '../rules/catalog.js';
import { makeApproval, makePlan } from '../testing/factories.js';
import { approvalSlaHours, blockedApprovals } from './sla.js';

const run = (plan: Plan, now: string, config: RulesConfig = DEFAULT_CONFIG) => ruleById('approval.sla-breach')!.check(ruleContext(plan, now, config));
const at = (iso: string) => Date.parse(iso);

describe('approval SLA', () => {
  it('approval.sla-breach: undecided at the SLA breach is a warning for the step’s Accountable', () => {
    const plan = makePlan({ approvals: [makeApproval()] });
    assert.deepEqual(run(plan, '2026-08-27T09:00:00Z'), [
      {
        target: { kind: 'approval', id: 'apr-1' },
        message: 'The launch review requested 2026-08-25 09:00 UTC is undecided past its 48 h SLA (breached 2026-08-27 09:00 UTC).',
        fix: 'Decide the review (approve, reject or request changes); a gate never approves itself.',
        owner: 'Marketing director',
      },
    ]);
  });

  it('approval.sla-breach: before the breach, or once decided, nothing is reported', () => {
    assert.deepEqual(run(makePlan({ approvals: [makeApproval()] }), '2026-08-27T08:59:59Z'), []);
    assert.deepEqual(run(makePlan({ approvals: [makeApproval({ decision: 'rejected', decidedAt: '2026-08-28T09:00:00Z' })] }), '2026-09-10T00:00:00Z'), []);
  });

  it('the SLA comes from the approval, else its step, else the config for its kind', () => {
    const plan = makePlan();
    assert.equal(approvalSlaHours(makeApproval({ kind: 'legal', stepId: undefined }), plan, { ...DEFAULT_CONFIG, approvals: { ...DEFAULT_CONFIG.approvals, slaHours: { ...DEFAULT_CONFIG.approvals.slaHours, legal: 72 } } }), 72);
    plan.steps[3]!.slaHours = 24;
    assert.equal(approvalSlaHours(makeApproval(), plan, DEFAULT_CONFIG), 24);
    assert.equal(approvalSlaHours(makeApproval({ slaHours: 8 }), plan, DEFAULT_CONFIG), 8);
  });

  it('blockedApprovals: past SLA, or rejected / sent back and not requested again', () => {
    const late = makeApproval({ id: 'late' });
    const rejected = makeApproval({ id: 'rejected', kind: 'legal', decision: 'rejected', decidedAt: '2026-08-26T09:00:00Z' });
    const changes = makeApproval({ id: 'changes', kind: 'brand', decision: 'changes-requested', decidedAt: '2026-08-26T09:00:00Z' });
    const reRequest = makeApproval({ id: 'brand-2', kind: 'brand', requestedAt: '2026-08-27T09:00:00Z' });
    const ok = makeApproval({ id: 'ok', kind: 'creative', decision: 'approved', decidedAt: '2026-08-26T09:00:00Z' });
    const plan = makePlan({ approvals: [late, rejected, changes, reRequest, ok] });
    assert.deepEqual(blockedApprovals(plan, at('2026-08-28T00:00:00Z'), DEFAULT_CONFIG).map((a) => a.id), ['late', 'rejected']);
  });
});
