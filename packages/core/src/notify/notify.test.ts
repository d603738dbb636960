import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { evaluate } from '../readiness/evaluate.js';
import { makeApproval, makeBlocker, makeItem, makePlan } from '../testing/factories.js';
import { planNotices, verdictNotice } from './notices.js';
import { deliverableFrom, digestDate, digestFor } from './schedule.js';
import { recipientsFor } from './recipients.js';

const OFFICE: RulesConfig = { ...DEFAULT_CONFIG, timeZone: 'Europe/Berlin', approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] } } };
const keys = (plan = makePlan(), now: string, config = DEFAULT_CONFIG) => planNotices(plan, now, config).map((n) => `${n.rule} ${n.target} ${n.level} → ${n.to}`);

describe('planNotices', () => {
  // Requested 2026-08-25 09:00Z with a 48 h SLA: 75% at 08-26 21:00Z, the breach at 08-27 09:00Z.
  const review = makePlan({ approvals: [makeApproval()] });

  it('warns the Accountable when 75% of a review’s SLA has passed, until the breach', () => {
    assert.deepEqual(keys(review, '2026-08-26T20:59:59Z'), []);
    assert.deepEqual(keys(review, '2026-08-26T21:00:00Z'), ['approval.sla-warning approval:apr-1 0 → Marketing director']);
    assert.match(planNotices(review, '2026-08-26T21:00:00Z', DEFAULT_CONFIG)[0]!.summary, /breaches its 48 h SLA at 2026-08-27 09:00 UTC/);
  });

  it('sends the breach to the Accountable, then each ladder level as it comes', () => {
    assert.deepEqual(keys(review, '2026-08-27T09:00:00Z'), ['escalation approval:apr-1 0 → Marketing director']);
    assert.deepEqual(keys(review, '2026-08-28T09:00:00Z'), ['escalation approval:apr-1 1 → Demand gen lead']);
  });

  it('tells an overdue blocker’s owner, and the ladder whoever else it reaches; a new due date is a new target', () => {
    const plan = makePlan({ blockers: [makeBlocker({ due: '2026-08-27' })] });
    assert.deepEqual(keys(plan, '2026-08-28T00:00:00Z'), ['escalation blocker:blk-1@2026-08-27 0 → Ops lead', 'blocker.overdue blocker:blk-1@2026-08-27 0 → Marketing ops']);
    const loose = makePlan({ blockers: [makeBlocker({ due: '2026-08-29', blocks: undefined })] });
    assert.deepEqual(keys(loose, '2026-08-30T00:00:00Z'), ['blocker.overdue blocker:blk-1@2026-08-29 0 → Marketing ops']);
  });

  it('names the person who holds the role beside it in what it says', () => {
    const plan = makePlan({ blockers: [makeBlocker({ due: '2026-08-29', blocks: undefined })], people: [{ role: 'Marketing ops', name: 'Ola Berg' }] });
    const [notice] = planNotices(plan, '2026-08-30T00:00:00Z', DEFAULT_CONFIG);
    assert.equal(notice!.to, 'Marketing ops');
    assert.match(notice!.summary, /; Marketing ops · Ola Berg owns it\.$/);
  });

  it('names open launch gates due tomorrow on the team’s clock', () => {
    const plan = makePlan({ checklist: [makeItem({ due: '2026-08-28' }), makeItem({ id: 'done', due: '2026-08-28', doneAt: '2026-08-26T10:00:00Z' })] });
    assert.deepEqual(keys(plan, '2026-08-27T12:00:00Z'), ['gate.due-tomorrow item:item-1@2026-08-28 0 → Marketing ops']);
    // 22:30Z on the 26th is already the 27th in Berlin.
    assert.deepEqual(keys(plan, '2026-08-26T22:30:00Z', OFFICE), ['gate.due-tomorrow item:item-1@2026-08-28 0 → Marketing ops']);
    assert.deepEqual(keys(plan, '2026-08-26T22:30:00Z'), []);
  });
});

describe('verdictNotice', () => {
  const plan = makePlan({ checklist: [makeItem()] });
  const readiness = evaluate(plan, { now: '2026-08-30T00:00:00Z' });

  it('tells the campaign owner when the verdict gets worse, each change its own target', () => {
    assert.equal(readiness.state, 'blocked');
    const notice = verdictNotice(plan, 'ready', readiness, 3, '2026-08-30T00:00:00Z');
    assert.deepEqual([notice?.rule, notice?.target, notice?.to], ['verdict.worse', 'campaign:plan-1#3', 'Campaign manager']);
    assert.match(notice!.summary, /went from ready to blocked \(score \d+\): /);
  });

  it('says nothing when it stays or gets better', () => {
    assert.equal(verdictNotice(plan, 'blocked', readiness, 1, '2026-08-30T00:00:00Z'), undefined);
    assert.equal(verdictNotice(plan, 'blocked', { ...readiness, state: 'at-risk' }, 1, '2026-08-30T00:00:00Z'), undefined);
  });
});

describe('delivery in business hours and the daily digest', () => {
  it('holds a notification until the next working hour on the team’s clock', () => {
    // Saturday 29 August, noon in Berlin → Monday 31 August 09:00 CEST (07:00Z).
    assert.equal(new Date(deliverableFrom(Date.parse('2026-08-29T10:00:00Z'), OFFICE.approvals.businessHours, OFFICE.timeZone)).toISOString(), '2026-08-31T07:00:00.000Z');
    const working = Date.parse('2026-08-31T08:15:00Z');
    assert.equal(deliverableFrom(working, OFFICE.approvals.businessHours, OFFICE.timeZone), working);
    assert.equal(deliverableFrom(working, null, undefined), working);
  });

  it('is due from the digest hour, never on a day off when business hours apply', () => {
    assert.equal(digestDate(Date.parse('2026-08-31T06:59:00Z'), 9, OFFICE, true), undefined);
    assert.equal(digestDate(Date.parse('2026-08-31T07:00:00Z'), 9, OFFICE, true), '2026-08-31');
    assert.equal(digestDate(Date.parse('2026-08-29T10:00:00Z'), 9, OFFICE, true), undefined);
    assert.equal(digestDate(Date.parse('2026-08-29T10:00:00Z'), 9, OFFICE, false), '2026-08-29');
  });

  it('gathers what a role owns across plans, and leaves out plans with nothing for it', () => {
    const now = '2026-08-30T00:00:00Z';
    const blocked = makePlan({ blockers: [makeBlocker({ due: '2026-08-27' })] });
    const calm = makePlan({ id: 'plan-2' });
    const entries = [blocked, calm].map((plan) => ({ plan, readiness: evaluate(plan, { now }), notices: planNotices(plan, now, DEFAULT_CONFIG) }));
    const digest = digestFor('marketing ops', entries);
    assert.deepEqual(digest.map((s) => s.planId), ['plan-1']);
    assert.ok(digest[0]!.items.some((item) => item.includes('Field mapping for lead source is broken')));
    assert.deepEqual(digestFor('Nobody', entries), []);
  });
});

describe('recipientsFor', () => {
  const team = [{ role: 'Marketing director', name: 'Dana', email: 'dana@example.com', slack: 'U0DANA' }];
  const plan = makePlan({ people: [{ role: 'Marketing director', name: 'Dee' }, { role: 'Marketing ops', name: 'Ola Berg', email: 'ola@example.com' }] });

  it('reaches the team’s people for a role they hold, by role or by name, whatever the plan says', () => {
    assert.deepEqual(recipientsFor('marketing director', team, plan).map((p) => p.name), ['Dana']);
    assert.deepEqual(recipientsFor('Dana', team, plan).map((p) => p.email), ['dana@example.com']);
  });

  it('reaches the person the plan names for the role when the team config names nobody', () => {
    assert.deepEqual(recipientsFor('Marketing ops', team, plan), [{ role: 'Marketing ops', name: 'Ola Berg', email: 'ola@example.com' }]);
    assert.deepEqual(recipientsFor('Ola Berg', [], plan).map((p) => p.role), ['Marketing ops']);
    assert.deepEqual(recipientsFor('Legal', team, plan), []);
    assert.deepEqual(recipientsFor('Marketing ops', team, makePlan()), []);
  });
});
