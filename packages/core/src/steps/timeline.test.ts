import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeMilestone, makePlan } from '../testing/factories.js';
import { datedPlan as dated } from './testing.js';
import { criticalPath } from './critical-path.js';
import { calendarMarks, planTimeline } from './timeline.js';
import { addDays, weekday } from '../time/days.js';

const withMilestone = () => dated(() => {}, { milestones: [makeMilestone({ planned: '2026-08-04', actual: '2026-08-06' })] });

describe('planTimeline', () => {
  it('lays every date on one axis, three days of margin either side, counted in days from its first day', () => {
    const t = planTimeline(withMilestone(), '2026-08-20T09:00:00Z');
    assert.equal(t.from, '2026-07-18');
    assert.equal(t.to, '2026-09-25');
    assert.equal(t.days, 70);
    assert.equal(t.today, 33);
    assert.equal(t.todayDate, '2026-08-20');
    assert.equal(t.launch, 45);
    assert.deepEqual(t.steps[0], { id: 'brief-intake', start: 3, due: 17, after: [], critical: true });
    assert.deepEqual(t.milestones, [{ id: 'ms-1', planned: 17, actual: 19 }]);
    assert.deepEqual(t.months, [{ day: 0, date: '2026-07-18' }, { day: 14, date: '2026-08-01' }, { day: 45, date: '2026-09-01' }]);
    assert.deepEqual(t.weeks, [2, 9, 16, 23, 30, 37, 44, 51, 58, 65], '2026-07-20 is a Monday');
  });

  it('finds the first of each month and every Monday by arithmetic, as a walk over every day of the axis finds them', () => {
    const walk = (from: string, days: number) => {
      const months = [{ day: 0, date: from }];
      const weeks: number[] = [];
      for (let i = 0; i < days; i++) {
        const date = addDays(from, i);
        if (i > 0 && date.endsWith('-01')) months.push({ day: i, date });
        if (weekday(date) === 1) weeks.push(i);
      }
      return { months, weeks };
    };
    // Every first day over three years (leap year, year ends, every weekday), short and long axes.
    for (let d = 0; d < 3 * 366; d++) {
      const from = addDays('2027-11-20', d);
      for (const days of [14, 31, 100, 400]) assert.deepEqual(calendarMarks(from, days), walk(from, days), `${from}, ${days} days`);
    }
  });

  it('marks the critical path the core computes, and a step’s dependencies that exist', () => {
    const plan = withMilestone();
    const t = planTimeline(plan, '2026-08-20T09:00:00Z');
    assert.deepEqual(t.critical, criticalPath(plan, '2026-08-20'));
    assert.deepEqual(t.steps.filter((s) => s.critical).map((s) => s.id), t.critical.steps);
    assert.deepEqual(t.steps[3]!.after, ['creative-production', 'crm-tracking-setup']);
  });

  it('a done step is done on the team’s day; a due-only step starts on its due day; an undated one has no days', () => {
    const plan = withMilestone();
    const steps = plan.steps.map((s, i) => (i === 0 ? { ...s, doneAt: '2026-08-05T02:00:00Z' } : i === 1 ? { ...s, start: undefined } : i === 2 ? { ...s, start: undefined, due: undefined } : s));
    const ny = planTimeline({ ...plan, steps }, '2026-08-20T09:00:00Z', 'America/New_York');
    assert.deepEqual([ny.steps[0]!.done, ny.steps[0]!.doneDate], [17, '2026-08-04'], '02:00 UTC is still the 4th in New York');
    assert.deepEqual([ny.steps[1]!.start, ny.steps[1]!.due], [31, 31]);
    assert.deepEqual([ny.steps[2]!.start, ny.steps[2]!.due], [undefined, undefined]);
    assert.equal(planTimeline({ ...plan, steps }, '2026-08-20T09:00:00Z').steps[0]!.doneDate, '2026-08-05');
  });

  it('an undated plan still has a fortnight around today, and no launch on it', () => {
    const plan = makePlan({ campaign: { ...makePlan().campaign, launchDate: undefined } });
    const t = planTimeline(plan, '2026-08-20T23:30:00Z', 'Australia/Sydney');
    assert.equal(t.todayDate, '2026-08-21');
    assert.deepEqual([t.from, t.days, t.today, t.launch], ['2026-08-18', 14, 3, undefined]);
  });
});
