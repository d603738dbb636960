import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { BusinessHours, RulesConfig } from '../config/schema.js';
import { makeApproval, makeBlocker, makePlan } from '../testing/factories.js';
import { escalations } from './escalations.js';

/** Monday to Friday, 09:00–17:00 at UTC+1. */
const OFFICE: BusinessHours = { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], utcOffsetMinutes: 60 };
const withApprovals = (patch: Partial<RulesConfig['approvals']>): RulesConfig => ({ ...DEFAULT_CONFIG, approvals: { ...DEFAULT_CONFIG.approvals, ...patch } });

describe('escalations', () => {
  const plan = makePlan({ approvals: [makeApproval()] });

  it('nothing before the SLA breach', () => {
    assert.deepEqual(escalations(plan, '2026-08-27T08:59:59Z'), []);
  });

  it('notifies the step’s Accountable at the breach, then climbs one ladder level every 24 h', () => {
    const base = { subject: { kind: 'approval', id: 'apr-1' }, breachedAt: '2026-08-27T09:00:00Z' };
    assert.deepEqual(escalations(plan, '2026-08-27T09:00:00Z'), [
      { ...base, level: 0, who: 'Marketing director', whoRole: 'accountable', reason: 'The launch review is undecided past its 48 h SLA; Marketing director is notified.', since: '2026-08-27T09:00:00Z', nextLevelAt: '2026-08-28T09:00:00Z' },
    ]);
    assert.deepEqual(escalations(plan, '2026-08-28T09:00:00Z'), [
      { ...base, level: 1, who: 'Demand gen lead', whoRole: 'backup', reason: 'The launch review is undecided past its 48 h SLA; escalated to level 1 (backup).', since: '2026-08-28T09:00:00Z', nextLevelAt: '2026-08-29T09:00:00Z' },
    ]);
    const top = { ...base, level: 2, who: 'Campaign manager', whoRole: 'campaign-owner', reason: 'The launch review is undecided past its 48 h SLA; escalated to level 2 (campaign-owner).', since: '2026-08-29T09:00:00Z' };
    assert.deepEqual(escalations(plan, '2026-08-29T09:00:00Z'), [top]);
    assert.deepEqual(escalations(plan, '2026-12-01T00:00:00Z'), [top], 'the top of the ladder has no next level');
  });

  it('a decision ends the escalation: a gate never approves itself, people decide', () => {
    const decided = makePlan({ approvals: [makeApproval({ decision: 'changes-requested', decidedAt: '2026-08-28T10:00:00Z' })] });
    assert.deepEqual(escalations(decided, '2026-09-10T00:00:00Z'), []);
  });

  it('follows a configured ladder and interval up to leadership', () => {
    const config = withApprovals({ ladder: ['accountable', 'backup', 'campaign-owner', 'leadership'], escalateAfterHours: 8 });
    const [e] = escalations(plan, '2026-08-28T09:00:00Z', config);
    assert.deepEqual([e!.level, e!.who, e!.whoRole, e!.since, e!.nextLevelAt], [3, 'Leadership', 'leadership', '2026-08-28T09:00:00Z', undefined]);
  });

  it('skips a ladder entry that names nobody', () => {
    const noBackup = makePlan({ approvals: [makeApproval()] });
    delete noBackup.steps[3]!.raci.backup;
    const [e] = escalations(noBackup, '2026-08-28T10:00:00Z');
    assert.deepEqual([e!.level, e!.who, e!.whoRole], [1, 'Campaign manager', 'campaign-owner']);
    assert.equal(e!.reason, 'The launch review is undecided past its 48 h SLA; escalated to level 1 (campaign-owner).', 'the reason names who is reached, not the empty entry');
  });

  it('counts the SLA and the levels in business hours when configured', () => {
    const config = withApprovals({ businessHours: OFFICE });
    const friday = makePlan({ approvals: [makeApproval({ requestedAt: '2026-08-28T14:00:00Z', slaHours: 16 })] });
    assert.deepEqual(escalations(friday, '2026-09-01T13:59:00Z', config), []);
    const [e] = escalations(friday, '2026-09-01T14:00:00Z', config);
    assert.deepEqual([e!.level, e!.breachedAt, e!.nextLevelAt], [0, '2026-09-01T14:00:00Z', '2026-09-04T14:00:00Z']);
  });

  it('counts business hours on a named time zone’s wall clock: a breach across a daylight-saving change lands an hour earlier in UTC', () => {
    const newYork = withApprovals({ businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], timeZone: 'America/New_York' } });
    // Requested Friday 6 March 15:00 EST; 2 h that day, 14 h from Monday 09:00 EDT → Tuesday 15:00 EDT (19:00Z).
    const friday = makePlan({ approvals: [makeApproval({ requestedAt: '2026-03-06T20:00:00Z', slaHours: 16 })] });
    assert.deepEqual(escalations(friday, '2026-03-10T18:59:59Z', newYork), []);
    const [e] = escalations(friday, '2026-03-10T19:00:00Z', newYork);
    // The next level, 24 working hours later: Wednesday 8, Thursday 8, Friday 8 → Friday 15:00 EDT.
    assert.deepEqual([e!.level, e!.breachedAt, e!.nextLevelAt], [0, '2026-03-10T19:00:00Z', '2026-03-13T19:00:00Z']);
  });

  it('business hours that name no clock run on the team time zone, for the breach and the levels alike', () => {
    const team: RulesConfig = { ...withApprovals({ businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] } }), timeZone: 'America/New_York' };
    // The same request and instants as the named-zone case above: the team's zone gives the same answers.
    const friday = makePlan({ approvals: [makeApproval({ requestedAt: '2026-03-06T20:00:00Z', slaHours: 16 })] });
    assert.deepEqual(escalations(friday, '2026-03-10T18:59:59Z', team), []);
    const [e] = escalations(friday, '2026-03-10T19:00:00Z', team);
    assert.deepEqual([e!.level, e!.breachedAt, e!.nextLevelAt], [0, '2026-03-10T19:00:00Z', '2026-03-13T19:00:00Z']);
  });

  it('escalates an overdue blocker from the end of its due day (UTC)', () => {
    const blocked = makePlan({ blockers: [makeBlocker({ due: '2026-08-27' })] });
    assert.deepEqual(escalations(blocked, '2026-08-27T23:59:59Z'), []);
    assert.deepEqual(escalations(blocked, '2026-08-28T00:00:00Z'), [
      {
        subject: { kind: 'blocker', id: 'blk-1' },
        level: 0,
        who: 'Ops lead',
        whoRole: 'accountable',
        reason: 'Blocker "Field mapping for lead source is broken" was due 2026-08-27 and is still open; Ops lead is notified.',
        breachedAt: '2026-08-28T00:00:00Z',
        since: '2026-08-28T00:00:00Z',
        nextLevelAt: '2026-08-29T00:00:00Z',
      },
    ]);
    assert.deepEqual(escalations({ ...blocked, blockers: [makeBlocker({ due: '2026-08-27', status: 'resolved', resolvedAt: '2026-08-28T08:00:00Z' })] }, '2026-08-30T00:00:00Z'), []);
  });

  it('a blocker tied to no step notifies its owner first; later levels count business hours', () => {
    const loose = makePlan({ blockers: [makeBlocker({ due: '2026-08-27', blocks: undefined })] });
    const [e] = escalations(loose, '2026-08-28T01:00:00Z', withApprovals({ businessHours: OFFICE }));
    // Breach at Friday 01:00 local; 24 working hours: Friday 8, Monday 8, Tuesday 8 → Tuesday 17:00 local.
    assert.deepEqual([e!.who, e!.whoRole, e!.breachedAt, e!.nextLevelAt], ['Marketing ops', 'accountable', '2026-08-28T00:00:00Z', '2026-09-01T16:00:00Z']);
  });

  it('lists escalations oldest breach first', () => {
    const both = makePlan({ approvals: [makeApproval()], blockers: [makeBlocker({ due: '2026-08-27' })] });
    assert.deepEqual(escalations(both, '2026-08-30T00:00:00Z').map((e) => e.subject.kind), ['approval', 'blocker']);
  });
});
