import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { agenda } from '../cadence/agenda.js';
import { blockerStatus } from '../blockers/status.js';
import { recurringCategories, sprintIndex } from '../blockers/sprints.js';
import { escalations } from '../escalations/escalations.js';
import { blockersToCsv } from '../exchange/csv.js';
import { computeMetrics } from '../metrics/compute.js';
import { evaluate } from '../readiness/evaluate.js';
import { makeApproval, makeBlocker, makeDoneItem, makeItem, makeMilestone, makePlan } from '../testing/factories.js';
import { dayEndMs, localDate, localDateOf, teamTime } from './team-day.js';
import { HOUR_MS, toMs } from './instant.js';

const zoned = (timeZone: string): RulesConfig => ({ ...DEFAULT_CONFIG, timeZone });
const iso = (ms: number) => new Date(ms).toISOString();

/** The date of an instant in a zone, straight from Intl: the oracle the offset table must agree with. */
const intlDates = new Map<string, Intl.DateTimeFormat>();
const intlDate = (ms: number, zone: string) => {
  let format = intlDates.get(zone);
  if (!format) intlDates.set(zone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(ms);
};

/** Each zone's local midnight after a due date, written out: summer, and both sides of both clock changes in 2026. */
const CASES = {
  'America/Los_Angeles': {
    '2026-08-20': '2026-08-21T07:00:00Z',
    '2026-03-07': '2026-03-08T08:00:00Z',
    '2026-03-08': '2026-03-09T07:00:00Z', // 23 h: clocks go forward at 02:00
    '2026-10-31': '2026-11-01T07:00:00Z',
    '2026-11-01': '2026-11-02T08:00:00Z', // 25 h: clocks go back at 02:00
  },
  'Australia/Sydney': {
    '2026-08-20': '2026-08-20T14:00:00Z',
    '2026-04-04': '2026-04-04T13:00:00Z',
    '2026-04-05': '2026-04-05T14:00:00Z', // 25 h
    '2026-10-03': '2026-10-03T14:00:00Z',
    '2026-10-04': '2026-10-04T13:00:00Z', // 23 h
  },
  'Europe/London': {
    '2026-08-20': '2026-08-20T23:00:00Z',
    '2026-03-28': '2026-03-29T00:00:00Z',
    '2026-03-29': '2026-03-29T23:00:00Z', // 23 h
    '2026-10-24': '2026-10-24T23:00:00Z',
    '2026-10-25': '2026-10-26T00:00:00Z', // 25 h
  },
} as const;

describe('days on the team clock', () => {
  it('a date-only day ends at the next local midnight, 23 or 25 hours long across a clock change', () => {
    for (const [zone, ends] of Object.entries(CASES)) {
      for (const [date, end] of Object.entries(ends)) assert.equal(iso(dayEndMs(date, zone)), iso(toMs(end)), `${zone} ${date}`);
    }
    assert.equal(dayEndMs('2026-03-08', 'America/Los_Angeles') - dayEndMs('2026-03-07', 'America/Los_Angeles'), 23 * HOUR_MS);
    assert.equal(dayEndMs('2026-11-01', 'America/Los_Angeles') - dayEndMs('2026-10-31', 'America/Los_Angeles'), 25 * HOUR_MS);
  });

  it('agrees with Intl on every day of two years, also where a clock change skips midnight (Santiago)', () => {
    for (const zone of ['America/Los_Angeles', 'Australia/Sydney', 'Europe/London', 'America/Santiago', 'Asia/Kolkata', 'UTC']) {
      for (let day = toMs('2025-12-31'); day < toMs('2028-01-01'); day += 24 * HOUR_MS) {
        const date = iso(day).slice(0, 10);
        const end = dayEndMs(date, zone);
        assert.equal(intlDate(end - 1, zone), date, `${zone} ${date}: still that day 1 ms before`);
        assert.notEqual(intlDate(end, zone), date, `${zone} ${date}: over at the end`);
        assert.equal(localDate(end - 1, zone), date, `${zone} ${date}: localDate`);
        assert.equal(localDate(end, zone), intlDate(end, zone), `${zone} ${date}: localDate after`);
      }
    }
  });

  it('without a zone, days are UTC days', () => {
    assert.equal(iso(dayEndMs('2026-08-20', undefined)), '2026-08-21T00:00:00.000Z');
    assert.equal(localDate(toMs('2026-08-20T23:59:59Z'), undefined), '2026-08-20');
    assert.equal(localDateOf('2026-08-20T23:30:00Z', undefined), '2026-08-20');
    assert.equal(localDateOf('2026-08-20T23:30:00Z', 'Australia/Sydney'), '2026-08-21');
    assert.equal(localDateOf('2026-08-20', 'Australia/Sydney'), '2026-08-20', 'a date stays the date it is');
  });
});

describe('a blocker due on a day, judged on the team clock', () => {
  for (const [zone, ends] of Object.entries(CASES)) {
    it(`${zone}: not overdue 1 ms before local midnight after its due date, overdue at it (also across clock changes)`, () => {
      const config = zoned(zone);
      for (const [due, end] of Object.entries(ends)) {
        const blocker = Object.freeze(makeBlocker({ due, raisedAt: '2026-01-02T09:00:00Z' }));
        const plan = makePlan({ blockers: [blocker] });
        const before = iso(toMs(end) - 1);
        const overdueFinding = (now: string) => evaluate(plan, { now, config }).findings.some((f) => f.ruleId === 'blocker.overdue');
        assert.equal(overdueFinding(before), false, `${due} at ${before}`);
        assert.equal(overdueFinding(end), true, `${due} at ${end}`);
        assert.equal(blockerStatus(blocker, plan, before, config).overdue, false);
        assert.equal(blockerStatus(blocker, plan, end, config).overdue, true);
        assert.deepEqual(escalations(plan, before, config), []);
        const [notice] = escalations(plan, end, config);
        assert.equal(notice?.breachedAt, end, 'the SLA ladder starts at local midnight');
        assert.equal(notice?.level, 0);
      }
    });
  }

  it('a frozen blocker judged under different zones gets each zone’s end, never a cached one', () => {
    const blocker = Object.freeze(makeBlocker({ due: '2026-08-20' }));
    const plan = makePlan({ blockers: [blocker] });
    const now = '2026-08-20T23:30:00Z';
    assert.equal(blockerStatus(blocker, plan, now, zoned('Australia/Sydney')).overdue, true);
    assert.equal(blockerStatus(blocker, plan, now, DEFAULT_CONFIG).overdue, false);
    assert.equal(blockerStatus(blocker, plan, now, zoned('America/Los_Angeles')).overdue, false);
    assert.equal(blockerStatus(blocker, plan, now, zoned('Europe/London')).overdue, true);
    assert.equal(escalations(plan, now, zoned('Australia/Sydney'))[0]?.breachedAt, '2026-08-20T14:00:00Z');
  });

  it('counts days overdue in the CSV from the team’s today', () => {
    const plan = makePlan({ blockers: [makeBlocker({ due: '2026-08-20' })] });
    const daysOverdue = (config: RulesConfig) => blockersToCsv(plan, '2026-08-22T15:00:00Z', config).split('\r\n')[1]!.split(',')[11];
    assert.equal(daysOverdue(DEFAULT_CONFIG), '2');
    assert.equal(daysOverdue(zoned('Australia/Sydney')), '3', 'already 23 August in Sydney');
    assert.equal(daysOverdue(zoned('America/Los_Angeles')), '2');
  });
});

describe('today on the team clock', () => {
  it('readiness: a gate due today locally is due although it is still yesterday in UTC, and a milestone planned yesterday locally is late', () => {
    const now = '2026-09-01T15:00:00Z'; // 2 September, 01:00 in Sydney
    const plan = makePlan({ checklist: [makeItem({ due: '2026-09-02' })], milestones: [makeMilestone({ planned: '2026-09-01' })] });
    const rules = (config: RulesConfig) => evaluate(plan, { now, config }).findings.map((f) => f.ruleId).sort();
    assert.deepEqual(rules(DEFAULT_CONFIG), []);
    assert.deepEqual(rules(zoned('Australia/Sydney')), ['gate.open-due', 'milestone.late']);
    assert.equal(evaluate(plan, { now, config: zoned('Australia/Sydney') }).state, 'blocked');
  });

  it('metrics: a milestone planned for a day is due once that day is over locally', () => {
    const plans = [makePlan({ milestones: [makeMilestone({ planned: '2026-08-31' })] })];
    const due = (now: string, config: RulesConfig) => computeMetrics(plans, { now, config }).milestonesOnTime.due;
    // 1 September 05:00 UTC is still 31 August, 22:00, in Los Angeles.
    assert.equal(due('2026-09-01T05:00:00Z', DEFAULT_CONFIG), 1);
    assert.equal(due('2026-09-01T05:00:00Z', zoned('America/Los_Angeles')), 0);
    // 31 August 15:00 UTC is already 1 September in Sydney.
    assert.equal(due('2026-08-31T15:00:00Z', DEFAULT_CONFIG), 0);
    assert.equal(due('2026-08-31T15:00:00Z', zoned('Australia/Sydney')), 1);
    assert.equal(due('2026-08-31T23:30:00Z', zoned('Europe/London')), 1);
    assert.equal(due('2026-08-31T22:30:00Z', zoned('Europe/London')), 0);
  });

  it('agenda: the meeting for an instant is the one of its local date, and instants count on their local day', () => {
    const plan = makePlan({
      checklist: [makeDoneItem({ id: 'late-evening', doneAt: '2026-08-31T20:00:00Z' })],
      blockers: [makeBlocker({ id: 'tuesday-early', raisedAt: '2026-08-31T16:00:00Z', due: '2026-09-04' })],
    });
    // Monday 31 August 20:00 UTC is Tuesday 06:00 in Sydney: the next meeting there is Wednesday's.
    const utc = agenda([plan], '2026-08-31T20:00:00Z');
    assert.equal(utc.date, '2026-08-31');
    assert.equal(utc.meeting.kind, 'planning');
    assert.deepEqual(utc.done.map((e) => [e.id, e.date]), [['late-evening', '2026-08-31']]);
    assert.deepEqual(utc.changed.map((e) => [e.id, e.date]), [['tuesday-early', '2026-08-31']]);
    const sydney = agenda([plan], '2026-08-31T20:00:00Z', zoned('Australia/Sydney'));
    assert.equal(sydney.date, '2026-09-02');
    assert.equal(sydney.meeting.kind, 'blocker-check');
    assert.deepEqual(sydney.done.map((e) => [e.id, e.date]), [['late-evening', '2026-09-01']]);
    assert.deepEqual(sydney.changed.map((e) => [e.id, e.date]), [['tuesday-early', '2026-09-01']]);
    // Tuesday 1 September 05:00 UTC is still Monday evening in Los Angeles: Monday's planning.
    assert.equal(agenda([plan], '2026-09-01T05:00:00Z').date, '2026-09-02');
    assert.equal(agenda([plan], '2026-09-01T05:00:00Z', zoned('America/Los_Angeles')).date, '2026-08-31');
    // A date is the meeting date whatever the zone.
    assert.equal(agenda([plan], '2026-08-31', zoned('Australia/Sydney')).date, '2026-08-31');
    assert.throws(() => agenda([plan], 'Monday'), /not a calendar date written YYYY-MM-DD or an ISO 8601 instant/);
  });
});

describe('sprints on the team clock', () => {
  // Sprints start every 14 days from Monday 5 January 2026 (the default anchor).
  it('an instant belongs to the sprint of its local date; a meeting date to its own sprint in any zone', () => {
    const sundayEvening = toMs('2026-01-04T20:00:00Z'); // Monday 07:00 in Sydney
    assert.equal(sprintIndex(sundayEvening, DEFAULT_CONFIG), -1);
    assert.equal(sprintIndex(sundayEvening, zoned('Australia/Sydney')), 0);
    const mondayMorning = toMs('2026-01-05T05:00:00Z'); // Sunday 21:00 in Los Angeles
    assert.equal(sprintIndex(mondayMorning, DEFAULT_CONFIG), 0);
    assert.equal(sprintIndex(mondayMorning, zoned('America/Los_Angeles')), -1);
    for (const config of [DEFAULT_CONFIG, zoned('Australia/Sydney'), zoned('America/Los_Angeles')]) {
      assert.equal(agenda([], '2026-01-05', config).sprint, 0);
      assert.equal(agenda([], '2026-01-04', config).sprint, 0, 'Sunday: the agenda is Monday’s');
      assert.equal(agenda([], '2026-01-02', config).sprint, -1);
    }
  });

  it('recurrence and the per-sprint counts follow local sprint boundaries', () => {
    // Fortnightly sprints, so a sprint boundary falls on the Sunday night below.
    const fortnights = { ...DEFAULT_CONFIG, sprint: { ...DEFAULT_CONFIG.sprint, lengthDays: 14 }, blockers: { recurrenceSprints: 2 } };
    const config = { ...fortnights, timeZone: 'Australia/Sydney' };
    // Raised late on the last Sunday of sprint 0 in UTC: already Monday of sprint 1 in Sydney.
    const blockers = [makeBlocker({ id: 'a', raisedAt: '2026-01-06T09:00:00Z' }), makeBlocker({ id: 'b', raisedAt: '2026-01-18T20:00:00Z' })];
    assert.deepEqual(recurringCategories(blockers, fortnights), []);
    assert.deepEqual(recurringCategories(blockers, config).map((r) => r.sprints), [[0, 1]]);
    const plans = [makePlan({ blockers: [blockers[1]!] })];
    const perSprint = (c: RulesConfig) => computeMetrics(plans, { now: '2026-01-20T00:00:00Z', config: c }).unresolvedBlockersPerSprint;
    assert.deepEqual(perSprint(fortnights), [{ sprint: 0, start: '2026-01-05', unresolved: 1 }, { sprint: 1, start: '2026-01-19', unresolved: 1 }]);
    assert.deepEqual(perSprint(config), [{ sprint: 1, start: '2026-01-19', unresolved: 1 }]);
  });
});

describe('instants as people read them on the team clock', () => {
  it('gives the date and minutes in the team zone with its name, daylight saving followed, or UTC', () => {
    assert.equal(teamTime('2026-09-01T09:00:00Z', undefined), '2026-09-01 09:00 UTC');
    assert.equal(teamTime('2026-09-01T09:00:59.999Z', undefined), '2026-09-01 09:00 UTC');
    assert.equal(teamTime('2026-09-01T03:30:00Z', 'America/New_York'), '2026-08-31 23:30 America/New_York');
    assert.equal(teamTime('2026-01-15T03:30:00Z', 'America/New_York'), '2026-01-14 22:30 America/New_York');
    assert.equal(teamTime('2026-09-01T10:00:00+02:00', 'Asia/Kolkata'), '2026-09-01 13:30 Asia/Kolkata');
    assert.equal(teamTime(Date.parse('2026-09-01T09:00:00Z'), 'Australia/Sydney'), '2026-09-01 19:00 Australia/Sydney');
  });

  it('returns what it cannot read as it was given, never throws', () => {
    assert.equal(teamTime('last week', 'Europe/London'), 'last week');
    assert.equal(teamTime(Number.NaN, undefined), 'NaN');
  });

  it('states the approval SLA breach on the team clock', () => {
    const plan = makePlan({ approvals: [makeApproval({ requestedAt: '2026-08-25T09:00:00Z' })] });
    const config: RulesConfig = { ...DEFAULT_CONFIG, timeZone: 'Europe/London' };
    const finding = evaluate(plan, { now: '2026-09-01T00:00:00Z', config }).findings.find((f) => f.ruleId === 'approval.sla-breach');
    assert.equal(finding?.message, 'The launch review requested 2026-08-25 10:00 Europe/London is undecided past its 48 h SLA (breached 2026-08-27 10:00 Europe/London).');
  });
});
