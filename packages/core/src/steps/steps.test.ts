import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { Plan } from '../plan/schema.js';
import { evaluate } from '../readiness/evaluate.js';
import { createPlanFromTemplate } from '../templates/create.js';
import { makePlan } from '../testing/factories.js';
import { criticalPath } from './critical-path.js';
import { datedPlan } from './testing.js';

const findings = (plan: Plan, now: string, ruleId: string) => evaluate(plan, { now, config: DEFAULT_CONFIG }).findings.filter((f) => f.ruleId === ruleId);

describe('step.overdue', () => {
  it('a step open after its due day is a warning for its Accountable, with the days overdue', () => {
    const plan = datedPlan((s) => (s['brief-intake']!.doneAt = '2026-08-04T10:00:00Z'));
    assert.deepEqual(findings(plan, '2026-08-20T09:00:00Z', 'step.overdue'), [
      {
        ruleId: 'step.overdue', severity: 'warning', points: 5, target: { kind: 'step', id: 'creative-production' }, owner: 'Campaign manager',
        message: 'Step "Creative production" was due 2026-08-18 and is not done (2 days overdue).',
        fix: 'Finish it and record when, or agree a new due date with those waiting on it.',
      },
    ]);
  });

  it('on its due day, or done, a step is not overdue', () => {
    const plan = datedPlan((s) => (s['brief-intake']!.doneAt = '2026-08-04T10:00:00Z'));
    assert.deepEqual(findings(plan, '2026-08-18T23:59:59Z', 'step.overdue'), []);
    plan.steps[1]!.doneAt = '2026-08-19T09:00:00Z';
    assert.deepEqual(findings(plan, '2026-08-20T09:00:00Z', 'step.overdue'), []);
  });

  it('the due day ends on the team clock', () => {
    const plan = datedPlan((s) => (s['brief-intake']!.doneAt = '2026-08-04T10:00:00Z'));
    const config = { ...DEFAULT_CONFIG, timeZone: 'America/New_York' };
    // 02:00 UTC on the 19th is still the 18th in New York.
    assert.equal(evaluate(plan, { now: '2026-08-19T02:00:00Z', config }).findings.filter((f) => f.ruleId === 'step.overdue').length, 0);
    assert.equal(evaluate(plan, { now: '2026-08-19T05:00:00Z', config }).findings.filter((f) => f.ruleId === 'step.overdue').length, 1);
  });
});

describe('step.out-of-order', () => {
  it('a step done while a step it depends on is not is a warning naming that step', () => {
    const plan = datedPlan((s) => (s['creative-production']!.doneAt = '2026-08-10T09:00:00Z'));
    const [f, ...rest] = findings(plan, '2026-08-11T09:00:00Z', 'step.out-of-order');
    assert.equal(rest.length, 0);
    assert.deepEqual(f!.target, { kind: 'step', id: 'creative-production' });
    assert.equal(f!.message, 'Step "Creative production" is done while "Campaign brief intake", which it depends on, was not.');
  });

  it('done after the step it depends on, or at the same instant, is in order; done before it is not', () => {
    const at = (brief: string) => datedPlan((s) => {
      s['brief-intake']!.doneAt = brief;
      s['creative-production']!.doneAt = '2026-08-10T09:00:00Z';
    });
    assert.deepEqual(findings(at('2026-08-10T09:00:00Z'), '2026-08-11T09:00:00Z', 'step.out-of-order'), []);
    assert.equal(findings(at('2026-08-10T09:00:01Z'), '2026-08-11T09:00:00Z', 'step.out-of-order').length, 1);
  });
});

describe('criticalPath and step.critical-slip', () => {
  it('the critical path runs through the dependency that finishes last into the launch step', () => {
    const path = criticalPath(datedPlan(), '2026-08-01');
    assert.deepEqual(path, { steps: ['brief-intake', 'crm-tracking-setup', 'launch-approval'], finish: '2026-08-31', latestFinish: '2026-08-31', daysLost: 0 });
  });

  it('a late step on the critical path moves the launch by the days it loses', () => {
    // CRM setup open 6 days past its due finishes today at the earliest: 2 days after the launch step meant to start.
    const plan = datedPlan((s) => {
      s['brief-intake']!.doneAt = '2026-08-04T10:00:00Z';
      s['creative-production']!.doneAt = '2026-08-18T10:00:00Z';
    });
    const path = criticalPath(plan, '2026-08-31');
    assert.deepEqual(path, { steps: ['brief-intake', 'crm-tracking-setup', 'launch-approval'], finish: '2026-09-02', latestFinish: '2026-08-31', daysLost: 2, slipping: 'crm-tracking-setup' });
    assert.deepEqual(findings(plan, '2026-08-31T09:00:00Z', 'step.critical-slip'), [
      {
        ruleId: 'step.critical-slip', severity: 'warning', points: 5, target: { kind: 'step', id: 'crm-tracking-setup' }, owner: 'Ops lead',
        message: 'The critical path (Campaign brief intake → CRM and tracking setup → Launch approval) now finishes 2026-09-02: "CRM and tracking setup" is late and the launch of 2026-09-01 moves 2 days.',
        fix: 'Bring the late step back on schedule (more hands, less scope), or move the launch date and tell those informed.',
      },
    ]);
  });

  it('a late step with slack before the launch step does not move the launch', () => {
    const plan = datedPlan((s) => {
      s['brief-intake']!.doneAt = '2026-08-04T10:00:00Z';
      s['creative-production']!.doneAt = '2026-08-18T10:00:00Z';
    });
    // The launch step starts on the 29th: CRM setup, due the 25th, may finish as late as that day.
    assert.equal(criticalPath(plan, '2026-08-29').daysLost, 0);
    assert.deepEqual(findings(plan, '2026-08-29T09:00:00Z', 'step.critical-slip'), []);
    assert.equal(findings(plan, '2026-08-29T09:00:00Z', 'step.overdue').length, 1, 'late, though the launch holds');
    assert.equal(criticalPath(plan, '2026-08-30').daysLost, 1, 'a day later it moves the launch');
  });

  it('a late step off the critical path moves nothing; after launch the rule is quiet', () => {
    const late = datedPlan((s) => {
      s['brief-intake']!.doneAt = '2026-08-04T10:00:00Z';
      s['crm-tracking-setup']!.doneAt = '2026-08-20T10:00:00Z';
      s['launch-approval']!.dependsOn = ['crm-tracking-setup'];
    });
    assert.deepEqual(findings(late, '2026-08-31T09:00:00Z', 'step.critical-slip'), [], 'creative production no longer holds the launch');
    assert.equal(findings(late, '2026-08-31T09:00:00Z', 'step.overdue').length, 1);
    const live = datedPlan();
    live.campaign.state = 'live';
    assert.deepEqual(findings(live, '2026-09-05T09:00:00Z', 'step.critical-slip'), []);
  });

  it('undated steps never slip; a dependency cycle is cut, not followed', () => {
    assert.deepEqual(findings(makePlan(), '2026-09-10T09:00:00Z', 'step.critical-slip'), []);
    const cyclic = datedPlan((s) => (s['brief-intake']!.dependsOn = ['launch-approval']));
    assert.equal(criticalPath(cyclic, '2026-08-01').steps.at(-1), 'launch-approval');
  });

  it('a fresh template plan is on its critical path', () => {
    const plan = createPlanFromTemplate('webinar', { name: '2026q4_emea_event_webinar', launchDate: '2026-12-15' });
    const path = criticalPath(plan, '2026-10-01');
    assert.equal(path.daysLost, 0);
    assert.equal(path.steps.at(-1), 'launch-approval');
  });
});
