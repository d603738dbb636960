import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeApproval, makeBlocker, makeItem, makeMilestone, makePlan, makeStep } from '../testing/factories.js';
import { agenda } from './agenda.js';

// 2026-09-07 is a Monday.
const MON = '2026-09-07';
const WED = '2026-09-09';
const THU = '2026-09-10';
const FRI = '2026-09-11';

test('each meeting day has its meeting; other days get the next one', () => {
  assert.equal(agenda([], MON).meeting.kind, 'planning');
  assert.equal(agenda([], WED).meeting.kind, 'blocker-check');
  assert.equal(agenda([], THU).meeting.kind, 'approvals-review');
  assert.equal(agenda([], FRI).meeting.kind, 'review');
  assert.deepEqual([agenda([], '2026-09-08').date, agenda([], '2026-09-12').date, agenda([], '2026-09-13').date], [WED, '2026-09-14', '2026-09-14']);
});

test('the window runs from after the previous meeting to this one, and next looks to the following meeting', () => {
  assert.deepEqual([agenda([], MON).since, agenda([], MON).from, agenda([], MON).until], ['2026-09-04', '2026-09-05', WED]);
  assert.deepEqual([agenda([], WED).since, agenda([], WED).from, agenda([], WED).until], [MON, '2026-09-08', THU]);
  assert.deepEqual([agenda([], THU).since, agenda([], THU).from, agenda([], THU).until], [WED, THU, FRI]);
  assert.deepEqual([agenda([], FRI).since, agenda([], FRI).from, agenda([], FRI).until], [THU, FRI, '2026-09-14']);
  // Weekly sprints from Monday 2026-01-05: 2026-09-07 starts sprint 35.
  assert.equal(agenda([], MON).sprint, 35);
});

test('done lists steps, items, milestones and resolved blockers completed in the window', () => {
  const plan = makePlan({
    steps: [makeStep({ doneAt: '2026-09-08T10:00:00Z' }), makeStep({ id: 'old', doneAt: '2026-09-07T10:00:00Z' })],
    checklist: [makeItem({ doneAt: '2026-09-09T08:00:00Z', doneBy: 'Marketing ops' })],
    milestones: [makeMilestone({ planned: '2026-09-08', actual: '2026-09-08' })],
    blockers: [makeBlocker({ status: 'resolved', resolvedAt: '2026-09-08T16:00:00Z' })],
  });
  const a = agenda([plan], WED);
  assert.deepEqual(
    a.done.map((e) => `${e.kind}:${e.id}:${e.date}`),
    ['blocker:blk-1:2026-09-08', 'milestone:ms-1:2026-09-08', 'step:brief-intake:2026-09-08', 'item:item-1:2026-09-09'],
  );
  assert.equal(a.done.find((e) => e.kind === 'item')!.owner, 'Marketing ops');
  assert.deepEqual(a.blocked, []);
});

test('blocked lists open blockers with owner and due, flagging missing ones and overdue ones first', () => {
  const plan = makePlan({
    blockers: [
      makeBlocker({ id: 'fine', due: '2026-09-20', severity: 'critical' }),
      makeBlocker({ id: 'late', due: '2026-09-01', severity: 'low' }),
      makeBlocker({ id: 'orphan', owner: undefined, due: undefined, severity: 'low' }),
      makeBlocker({ id: 'future', raisedAt: '2026-09-20T09:00:00Z' }),
    ],
  });
  const { blocked } = agenda([plan], WED);
  assert.deepEqual(blocked.map((b) => b.id), ['orphan', 'late', 'fine']);
  assert.deepEqual(blocked.map((b) => [b.missingOwner, b.missingDue, b.overdue]), [[true, true, false], [false, false, true], [false, false, false]]);
  assert.equal(blocked[0]!.note, 'no owner, no due date');
  assert.equal(blocked[1]!.note, 'overdue');
  assert.equal(blocked[2]!.owner, 'Marketing ops');
  assert.equal(blocked[2]!.due, '2026-09-20');
});

test('an owner is named with the person who holds the role', () => {
  const plan = makePlan({ blockers: [makeBlocker({ due: '2026-09-20' })], people: [{ role: 'Marketing ops', name: 'Dana Kim' }] });
  assert.equal(agenda([plan], WED).blocked[0]!.owner, 'Marketing ops · Dana Kim');
});

test('changed lists log entries, new blockers and milestones that landed off plan', () => {
  const plan = makePlan({
    milestones: [makeMilestone({ planned: '2026-09-03', actual: '2026-09-10' })],
    blockers: [makeBlocker({ raisedAt: '2026-09-10T09:00:00Z' })],
    log: [
      { at: '2026-09-10T11:00:00Z', summary: 'Launch moved to 2026-09-21', by: 'Campaign manager', target: { kind: 'campaign', id: 'plan-1' } },
      { at: '2026-09-02T11:00:00Z', summary: 'Too early to count' },
    ],
  });
  const { changed } = agenda([plan], THU);
  assert.deepEqual(changed.map((e) => [e.kind, e.note ?? e.title]), [
    ['blocker', 'new blocker'],
    ['log', 'Launch moved to 2026-09-21'],
    ['milestone', '7 days late (planned 2026-09-03)'],
  ]);
});

test('next lists what is due before the next meeting, overdue work included', () => {
  const plan = makePlan({
    steps: [makeStep({ due: '2026-09-09' }), makeStep({ id: 'later', due: '2026-09-30' })],
    checklist: [makeItem({ due: '2026-09-04' }), makeItem({ id: 'done', due: '2026-09-04', doneAt: '2026-09-03T10:00:00Z' })],
    milestones: [makeMilestone({ planned: '2026-09-10' }), makeMilestone({ id: 'ms-after', planned: '2026-09-11' })],
  });
  // Wednesday's next meeting is Thursday's approvals review.
  const { next } = agenda([plan], WED);
  assert.deepEqual(next.map((e) => [e.kind, e.id, e.date, e.note]), [
    ['item', 'item-1', '2026-09-04', '5 days overdue'],
    ['step', 'brief-intake', '2026-09-09', undefined],
    ['milestone', 'ms-1', '2026-09-10', undefined],
  ]);
  assert.equal(next[1]!.owner, 'Demand gen lead');
});

test('entries from several plans name their plan and keep a stable order', () => {
  const a = makePlan({ id: 'a', checklist: [makeItem({ due: '2026-09-10' })] });
  const b = makePlan({ id: 'b', checklist: [makeItem({ due: '2026-09-10' })] });
  assert.deepEqual(agenda([b, a], WED), agenda([a, b], WED));
  assert.deepEqual(agenda([b, a], WED).next.map((e) => e.planId), ['a', 'b']);
});

test('a date that is not YYYY-MM-DD is refused with a clear message', () => {
  assert.throws(() => agenda([], '2026-13-01'), /date: "2026-13-01" is not a calendar date/);
});

test('entries on the same date are ordered by code point, the same in every locale', () => {
  const plans = ['b', 'B', 'a', 'A'].map((id) => makePlan({ id, blockers: [makeBlocker({ id: 'x', raisedAt: '2026-09-08T09:00:00Z', due: '2026-09-20' })] }));
  const result = agenda(plans, WED);
  assert.deepEqual(result.changed.map((e) => e.planId), ['A', 'B', 'a', 'b']);
  assert.deepEqual(result.blocked.map((e) => e.planId), ['A', 'B', 'a', 'b']);
});

test('work is overdue from the day after its due date: due the day before the meeting, on it, and after it', () => {
  // Wednesday's meeting; the next meeting is Friday, so all three dates are in `next`.
  const plan = makePlan({
    checklist: [makeItem({ id: 'before', due: '2026-09-08' }), makeItem({ id: 'on', due: WED }), makeItem({ id: 'after', due: '2026-09-10' })],
    blockers: [makeBlocker({ id: 'before', due: '2026-09-08' }), makeBlocker({ id: 'on', due: WED }), makeBlocker({ id: 'after', due: '2026-09-10' })],
  });
  const { next, blocked } = agenda([plan], WED);
  assert.deepEqual(next.map((e) => [e.id, e.note]), [['before', '1 day overdue'], ['on', undefined], ['after', undefined]]);
  const byId = Object.fromEntries(blocked.map((b) => [b.id, [b.overdue, b.note]]));
  assert.deepEqual(byId, { before: [true, 'overdue'], on: [false, undefined], after: [false, undefined] });
});

test('on a day between meetings, overdue is judged on the meeting’s date', () => {
  // Tuesday gives Wednesday's meeting: something due on Tuesday is a day overdue by then.
  const plan = makePlan({ checklist: [makeItem({ due: '2026-09-08' })], blockers: [makeBlocker({ due: '2026-09-08' })] });
  const a = agenda([plan], '2026-09-08');
  assert.equal(a.date, WED);
  assert.equal(a.next[0]!.note, '1 day overdue');
  assert.equal(a.blocked[0]!.overdue, true);
});

test('Monday lists new requests (campaigns still in draft) and each role’s open work for the week', () => {
  const draft = makePlan({ id: 'draft', brief: {}, steps: [makeStep({ due: '2026-09-13' }), makeStep({ id: 'far', due: '2026-09-14' })], checklist: [makeItem({ due: '2026-09-01' })] });
  const committed = makePlan({ id: 'committed', checklist: [makeItem({ id: 'qa', owner: 'Ops lead', due: '2026-09-10' })] });
  committed.campaign.state = 'approved';
  const a = agenda([draft, committed], MON);
  assert.deepEqual(a.requests.map((e) => [e.kind, e.id, e.note]), [['campaign', 'draft', 'brief: 6 questions open']]);
  assert.deepEqual(a.capacity, [
    { role: 'Marketing ops', steps: 1, items: 1 },
    { role: 'Ops lead', steps: 0, items: 1 },
  ]);
  assert.deepEqual([agenda([draft], WED).requests, agenda([draft], WED).capacity], [[], []], 'only on Monday');
});

test('Wednesday lists reviews past their SLA; Thursday every review waiting, oldest first', () => {
  const plan = makePlan({
    approvals: [
      makeApproval({ id: 'late', kind: 'legal', requestedAt: '2026-09-01T09:00:00Z' }),
      makeApproval({ id: 'edge', kind: 'brand', requestedAt: '2026-09-07T00:00:00Z' }),
      makeApproval({ id: 'fresh', kind: 'creative', requestedAt: '2026-09-08T09:00:00Z' }),
      makeApproval({ id: 'decided', requestedAt: '2026-09-01T09:00:00Z', decision: 'approved', decidedAt: '2026-09-02T09:00:00Z', decidedBy: 'Marketing director' }),
    ],
  });
  // Judged as Wednesday begins: 48 h after Monday 00:00 is exactly then.
  assert.deepEqual(agenda([plan], WED).approvals.map((e) => [e.id, e.note]), [['late', 'past its 48 h SLA'], ['edge', 'past its 48 h SLA']]);
  assert.deepEqual(agenda([plan], THU).approvals.map((e) => [e.id, e.note]), [['late', 'past its 48 h SLA'], ['edge', 'past its 48 h SLA'], ['fresh', 'within its SLA']]);
  assert.deepEqual(agenda([plan], FRI).approvals, []);
  assert.equal(agenda([plan], WED).approvals[0]!.owner, 'Marketing director');
});

test('Friday lists learnings (review notes, milestones reached late) and who got things done', () => {
  const plan = makePlan({
    steps: [makeStep({ doneAt: '2026-09-11T08:00:00Z' }), makeStep({ id: 'two', doneAt: '2026-09-11T09:00:00Z' })],
    checklist: [makeItem({ doneAt: '2026-09-11T10:00:00Z', doneBy: 'Marketing ops' })],
    milestones: [makeMilestone({ planned: '2026-09-08', actual: '2026-09-11' })],
    log: [
      { at: '2026-09-11T11:00:00Z', summary: 'Shorter forms convert better', by: 'Analytics', target: { kind: 'step', id: 'performance-review' } },
      { at: '2026-09-11T12:00:00Z', summary: 'Moved the webinar room' },
    ],
  });
  const a = agenda([plan], FRI);
  assert.deepEqual(a.learnings.map((e) => [e.kind, e.title, e.note]), [
    ['log', 'Shorter forms convert better', 'post-launch review'],
    ['milestone', 'Brief approved', '3 days late (planned 2026-09-08)'],
  ]);
  assert.deepEqual(a.recognition, [{ who: 'Demand gen lead', done: 3 }, { who: 'Marketing ops', done: 1 }]);
  assert.deepEqual([agenda([plan], THU).learnings, agenda([plan], THU).recognition], [[], []], 'only on Friday');
});
