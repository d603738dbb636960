import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { Plan } from '../plan/schema.js';
import { ruleContext } from '../rules/context.js';
import { ruleById } from '../rules/catalog.js';
import { makeMilestone, makePlan } from '../testing/factories.js';

const NOW = '2026-08-28T12:00:00Z';
const run = (id: string, plan: Plan) => ruleById(id)!.check(ruleContext(plan, NOW, DEFAULT_CONFIG));
const target = { kind: 'milestone', id: 'ms-1' };

describe('milestone rules', () => {
  it('milestone.hypothesis: tied to no event, SLA or owner is a warning', () => {
    const plan = makePlan({ milestones: [makeMilestone({ owner: undefined, event: undefined, actual: '2026-08-01' })] });
    assert.deepEqual(run('milestone.hypothesis', plan), [
      { target, message: '"Brief approved" is tied to no system event, SLA or owner.', fix: 'Tie it to the system event that proves it, an SLA, or an owner.', owner: 'Campaign manager' },
    ]);
  });

  it('milestone.hypothesis: any one of event, SLA or owner makes it a commitment', () => {
    for (const tie of [{ event: 'hubspot:form-submission' }, { slaHours: 24 }, { owner: 'Ops lead' }]) {
      const plan = makePlan({ milestones: [makeMilestone({ owner: undefined, event: undefined, ...tie })] });
      assert.deepEqual(run('milestone.hypothesis', plan), [], JSON.stringify(tie));
    }
  });

  it('milestone.late: not reached after its planned date is a warning for its owner', () => {
    assert.deepEqual(run('milestone.late', makePlan({ milestones: [makeMilestone({ planned: '2026-08-25' })] })), [
      { target, message: '"Brief approved" was planned for 2026-08-25 and is 3 day(s) late.', fix: 'Reach it, or re-plan it and the milestones after it.', owner: 'Demand gen lead' },
    ]);
    assert.deepEqual(run('milestone.late', makePlan({ milestones: [makeMilestone({ planned: '2026-08-28' })] })), [], 'planned today is not late yet');
    assert.deepEqual(run('milestone.late', makePlan({ milestones: [makeMilestone({ planned: '2026-08-25', actual: '2026-08-27' })] })), []);
  });

  it('milestone.slipped: reached after its planned date is recorded for information', () => {
    assert.deepEqual(run('milestone.slipped', makePlan({ milestones: [makeMilestone({ planned: '2026-08-01', actual: '2026-08-04' })] })), [
      { target, message: '"Brief approved" was reached 3 day(s) after 2026-08-01.', fix: 'Note why at the Friday review so the next plan is realistic.', owner: 'Demand gen lead' },
    ]);
    assert.deepEqual(run('milestone.slipped', makePlan({ milestones: [makeMilestone({ planned: '2026-08-01', actual: '2026-08-01' })] })), []);
  });

  it('milestone.chain-order: a later link planned before an earlier one is a warning', () => {
    const milestones = [
      makeMilestone({ planned: '2026-08-10' }),
      makeMilestone({ id: 'ms-2', name: 'Creative finalised', kind: 'creative-finalised', planned: '2026-08-05', owner: 'Campaign manager' }),
      makeMilestone({ id: 'ms-3', name: 'Custom check', kind: 'custom', planned: '2026-08-01' }),
    ];
    assert.deepEqual(run('milestone.chain-order', makePlan({ milestones })), [
      {
        target: { kind: 'milestone', id: 'ms-2' },
        message: '"Creative finalised" is planned for 2026-08-05, before "Brief approved" (2026-08-10) which must come first.',
        fix: 'Re-plan the milestones in chain order.',
        owner: 'Campaign manager',
      },
    ]);
    milestones[1]!.planned = '2026-08-10';
    assert.deepEqual(run('milestone.chain-order', makePlan({ milestones })), [], 'the same day is in order');
  });
});
