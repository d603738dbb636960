import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { Blocker, Plan } from '../plan/schema.js';
import type { Killer } from '../plan/vocabulary.js';
import { ruleContext } from '../rules/context.js';
import { ruleById } from '../rules/catalog.js';
import { makeBlocker, makePlan } from '../testing/factories.js';
import { latestRecurrences, recurringCategories, sprintIndex } from './sprints.js';
import { BLOCKER_SORTS, resortBlockers, sortBlockers } from './order.js';
import { isOverdue } from './due.js';
import { blockerStatus, daysBlocked } from './status.js';

const NOW = '2026-08-28T12:00:00Z';
const run = (id: string, plan: Plan, now = NOW) => ruleById(id)!.check(ruleContext(plan, now, DEFAULT_CONFIG));
const target = { kind: 'blocker', id: 'blk-1' };
/** An instant `days` into sprint `k` of the default sprint calendar. */
const inSprint = (k: number, days = 2) => new Date(Date.parse('2026-01-05T10:00:00Z') + (k * DEFAULT_CONFIG.sprint.lengthDays + days) * 86_400_000).toISOString();

describe('blocker rules', () => {
  it('blocker.owner-due: an open blocker without owner and due date is a warning for the blocked step’s Accountable', () => {
    const plan = makePlan({ blockers: [makeBlocker({ owner: undefined, due: undefined })] });
    assert.deepEqual(run('blocker.owner-due', plan), [
      { target, message: 'Blocker "Field mapping for lead source is broken" has no owner and no due date.', fix: 'Give it an owner and a due date at the next blocker check.', owner: 'Ops lead' },
    ]);
    const noDue = makePlan({ blockers: [makeBlocker({ due: undefined })] });
    assert.equal(run('blocker.owner-due', noDue)[0]!.message, 'Blocker "Field mapping for lead source is broken" has no due date.');
  });

  it('blocker.owner-due: owned, dated or resolved blockers pass', () => {
    assert.deepEqual(run('blocker.owner-due', makePlan({ blockers: [makeBlocker()] })), []);
    assert.deepEqual(run('blocker.owner-due', makePlan({ blockers: [makeBlocker({ owner: undefined, status: 'resolved', resolvedAt: '2026-08-12T09:00:00Z' })] })), []);
  });

  it('blocker.overdue: open after its due day ended is a warning for its owner', () => {
    const plan = makePlan({ blockers: [makeBlocker({ due: '2026-08-27' })] });
    assert.deepEqual(run('blocker.overdue', plan), [
      {
        target,
        message: 'Blocker "Field mapping for lead source is broken" was due 2026-08-27 and is still open.',
        fix: 'Resolve it, or agree a new due date with the Accountable and record why it slipped.',
        owner: 'Marketing ops',
      },
    ]);
  });

  it('blocker.overdue: due today, resolved, or undated is not overdue', () => {
    assert.deepEqual(run('blocker.overdue', makePlan({ blockers: [makeBlocker({ due: '2026-08-28' })] })), []);
    assert.deepEqual(run('blocker.overdue', makePlan({ blockers: [makeBlocker({ status: 'resolved', resolvedAt: '2026-08-21T09:00:00Z' })] })), []);
    assert.deepEqual(run('blocker.overdue', makePlan({ blockers: [makeBlocker({ due: undefined })] })), []);
  });

  it('blocker.overdue: a blocker is late from the first instant after its due day, not before', () => {
    const plan = makePlan({ blockers: [makeBlocker({ due: '2026-08-27' })] });
    assert.deepEqual(run('blocker.overdue', plan, '2026-08-27T23:59:59.999Z'), []);
    assert.equal(run('blocker.overdue', plan, '2026-08-28T00:00:00Z').length, 1);
  });

  it('blocker.open-critical: an open critical blocker is blocking; a high one is not', () => {
    assert.deepEqual(run('blocker.open-critical', makePlan({ blockers: [makeBlocker({ severity: 'critical' })] })), [
      { target, message: 'Critical blocker "Field mapping for lead source is broken" is open.', fix: 'Resolve it before launch, or lower its severity and say why.', owner: 'Marketing ops' },
    ]);
    assert.deepEqual(run('blocker.open-critical', makePlan({ blockers: [makeBlocker()] })), []);
  });

  it('blocker.recurring-category: the same category in three consecutive sprints is a process defect', () => {
    const blockers = [13, 14, 15].map((k, i) => makeBlocker({ id: `blk-${i + 1}`, category: 'misalignment', raisedAt: inSprint(k) }));
    assert.deepEqual(run('blocker.recurring-category', makePlan({ blockers })), [
      {
        target: { kind: 'blocker', id: 'blk-3' },
        message: '"misalignment" blockers were raised in 3 consecutive sprints.',
        fix: 'Treat misalignment as a process defect: change the workflow that keeps producing it.',
        owner: 'Campaign manager',
      },
    ]);
  });

  it('blocker.recurring-category: a gap, a different category or too few sprints is not a recurrence', () => {
    const at = (ks: number[], categories: Killer[] = ks.map(() => 'misalignment')) =>
      makePlan({ blockers: ks.map((k, i) => makeBlocker({ id: `blk-${i + 1}`, category: categories[i], raisedAt: inSprint(k) })) });
    assert.deepEqual(run('blocker.recurring-category', at([13, 14, 16])), []);
    assert.deepEqual(run('blocker.recurring-category', at([13, 14, 15], ['misalignment', 'poor-tooling', 'misalignment'])), []);
    assert.deepEqual(run('blocker.recurring-category', at([13, 13, 14])), [], 'two in one sprint count once');
  });

  it('recurrence keeps every blocker of the run, oldest first, whatever order the log lists them in', () => {
    const blockers = [15, 13, 14, 13, 15].map((k, i) => makeBlocker({ id: `blk-${i + 1}`, category: 'misalignment', raisedAt: inSprint(k, i % 3) }));
    const [recurrence] = recurringCategories(blockers, DEFAULT_CONFIG);
    assert.deepEqual(recurrence!.sprints, [13, 14, 15]);
    assert.deepEqual(recurrence!.blockers.map((b) => b.id), ['blk-4', 'blk-2', 'blk-3', 'blk-1', 'blk-5']);
  });

  it('the rule names the last blocker of each recurrence, raised latest (of a tie, the last listed), whatever the order and the ties', () => {
    const config = { ...DEFAULT_CONFIG, blockers: { recurrenceSprints: 2 } };
    const blocker = fc.record({
      category: fc.constantFrom<Killer | undefined>('misalignment', 'poor-tooling', undefined),
      sprint: fc.integer({ min: 10, max: 14 }),
      day: fc.integer({ min: 0, max: 1 }),
    });
    fc.assert(
      fc.property(fc.array(blocker, { maxLength: 30 }), (specs) => {
        const blockers = specs.map(({ category, sprint, day }, i) => makeBlocker({ id: `blk-${i}`, category, raisedAt: inSprint(sprint, day) }));
        const expected = recurringCategories(blockers, config).map(({ category, sprints, blockers: run }) => ({ category, sprints, latest: run[run.length - 1] }));
        assert.deepEqual(latestRecurrences(blockers, config), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('recurrence follows the configured sprint length and count', () => {
    const config = { ...DEFAULT_CONFIG, sprint: { lengthDays: 7, anchor: '2026-01-05' }, blockers: { recurrenceSprints: 2 } };
    assert.equal(sprintIndex(Date.parse('2026-01-12T00:00:00Z'), config), 1);
    assert.equal(sprintIndex(Date.parse('2026-01-04T23:59:59Z'), config), -1);
    const blockers = [makeBlocker({ id: 'a', raisedAt: '2026-01-06T09:00:00Z' }), makeBlocker({ id: 'b', raisedAt: '2026-01-13T09:00:00Z' })];
    assert.deepEqual(recurringCategories(blockers, config).map((r) => [r.category, r.sprints]), [['poor-tooling', [0, 1]]]);
  });
});

describe('blockerStatus', () => {
  it('counts days blocked from raised-at to now while open, with no escalation before the due day ends', () => {
    const blocker = makeBlocker({ raisedAt: '2026-08-10T09:00:00Z', due: '2026-08-30' });
    assert.deepEqual(blockerStatus(blocker, makePlan({ blockers: [blocker] }), NOW), { overdue: false, daysBlocked: 18, escalationLevel: null });
  });

  it('counts days blocked to resolved-at once resolved', () => {
    const blocker = makeBlocker({ status: 'resolved', raisedAt: '2026-08-10T09:00:00Z', resolvedAt: '2026-08-13T08:00:00Z' });
    assert.deepEqual(blockerStatus(blocker, makePlan({ blockers: [blocker] }), NOW), { overdue: false, daysBlocked: 2, escalationLevel: null });
  });

  it('gives the escalation level and who it goes to when overdue', () => {
    const blocker = makeBlocker({ due: '2026-08-27' });
    // Breached 2026-08-28T00:00Z; at 12:00 the step's Accountable has been notified (level 0).
    assert.deepEqual(blockerStatus(blocker, makePlan({ blockers: [blocker] }), NOW), { overdue: true, daysBlocked: 18, escalationLevel: 0, escalateTo: 'Ops lead' });
    assert.deepEqual(blockerStatus(blocker, makePlan({ blockers: [blocker] }), '2026-08-29T00:00:00Z'), { overdue: true, daysBlocked: 18, escalationLevel: 1, escalateTo: 'RevOps' });
  });
});

describe('daysBlocked and sortBlockers', () => {
  it('daysBlocked counts whole days from raised-at to resolved-at, or to now while open', () => {
    assert.equal(daysBlocked(makeBlocker({ raisedAt: '2026-08-10T09:00:00Z' }), NOW), 18);
    assert.equal(daysBlocked(makeBlocker({ raisedAt: '2026-08-10T09:00:00Z', status: 'resolved', resolvedAt: '2026-08-13T08:00:00Z' }), NOW), 2);
    assert.equal(daysBlocked(makeBlocker({ raisedAt: '2026-08-29T09:00:00Z' }), NOW), 0);
  });

  const a = makeBlocker({ id: 'a', due: '2026-08-25', severity: 'low', raisedAt: '2026-08-01T09:00:00Z' });
  const b = makeBlocker({ id: 'b', due: undefined, severity: 'critical', raisedAt: '2026-08-20T09:00:00Z' });
  const c = makeBlocker({ id: 'c', due: '2026-08-21', severity: 'medium', raisedAt: '2026-08-10T09:00:00Z', status: 'resolved', resolvedAt: '2026-08-11T09:00:00Z' });
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it('sorts by due (undated last), severity, days blocked (longest first) and raised (newest first), without changing its input', () => {
    const input = [a, b, c];
    assert.deepEqual(ids(sortBlockers(input, 'due', NOW)), ['c', 'a', 'b']);
    assert.deepEqual(ids(sortBlockers(input, 'severity', NOW)), ['b', 'c', 'a']);
    assert.deepEqual(ids(sortBlockers(input, 'days-blocked', NOW)), ['a', 'b', 'c']);
    assert.deepEqual(ids(sortBlockers(input, 'raised', NOW)), ['b', 'c', 'a']);
    assert.deepEqual(ids(input), ['a', 'b', 'c']);
  });

  it('breaks ties by the most recently raised, then by id', () => {
    const x = makeBlocker({ id: 'x', severity: 'high', raisedAt: '2026-08-01T09:00:00Z' });
    const y = makeBlocker({ id: 'y', severity: 'high', raisedAt: '2026-08-05T09:00:00Z' });
    const z = makeBlocker({ id: 'z', severity: 'high', raisedAt: '2026-08-05T09:00:00Z' });
    assert.deepEqual(ids(sortBlockers([z, x, y], 'severity', NOW)), ['y', 'z', 'x']);
  });

  it('an order worked out after an edit is the order sorting afresh gives', () => {
    const blocker = fc.record({
      due: fc.option(fc.constantFrom('2026-08-20', '2026-08-21', '2026-09-01'), { nil: undefined }),
      raisedAt: fc.constantFrom('2026-08-01T09:00:00Z', '2026-08-05T09:00:00Z', '2026-08-05T09:00:00.500Z'),
      severity: fc.constantFrom('critical', 'high', 'medium', 'low'),
      resolvedAt: fc.option(fc.constantFrom('2026-08-10T09:00:00Z', '2026-08-30T09:00:00Z'), { nil: undefined }),
    });
    const make = ({ resolvedAt, ...r }: { resolvedAt?: string } & Partial<Blocker>, id: string) => makeBlocker({ ...r, id, ...(resolvedAt ? { status: 'resolved' as const, resolvedAt } : {}) });
    const edit = fc.tuple(fc.nat(), blocker);
    fc.assert(
      fc.property(fc.array(blocker, { minLength: 1, maxLength: 40 }), fc.array(edit, { maxLength: 20 }), fc.constantFrom(...BLOCKER_SORTS), (specs, edits, by) => {
        const previous = specs.map((spec, i) => make(spec, `blk-${i}`));
        const next = [...previous];
        // Each edit gives a record new fields, keeping its id (ids stay unique, as in a valid plan).
        for (const [at, spec] of edits) next[at % next.length] = make(spec, next[at % next.length]!.id);
        const resorted = resortBlockers(sortBlockers(previous, by, NOW), previous, next, by, NOW);
        const changed = next.filter((b, i) => b !== previous[i]).length;
        if (changed > 16) assert.equal(resorted, undefined);
        else assert.deepEqual(resorted, sortBlockers(next, by, NOW));
      }),
      { numRuns: 1000 },
    );
    assert.equal(resortBlockers([], [makeBlocker()], [makeBlocker()], 'due', NOW), undefined);
  });

  it('gives the same order for frozen records sorted again, and reads an unfrozen record changed in place afresh', () => {
    const frozen = [a, b, c].map((x) => Object.freeze({ ...x }));
    assert.deepEqual(ids(sortBlockers(frozen, 'due', NOW)), ['c', 'a', 'b']);
    assert.deepEqual(ids(sortBlockers(frozen, 'due', NOW)), ['c', 'a', 'b']);
    assert.deepEqual(ids(sortBlockers(frozen, 'raised', NOW)), ['b', 'c', 'a']);
    const open = { ...a };
    assert.deepEqual(ids(sortBlockers([open, { ...c }], 'due', NOW)), ['c', 'a']);
    open.due = '2026-08-20';
    open.raisedAt = '2026-08-30T09:00:00Z';
    assert.deepEqual(ids(sortBlockers([open, { ...c }], 'due', NOW)), ['a', 'c']);
    assert.deepEqual(ids(sortBlockers([open, { ...c }], 'raised', NOW)), ['a', 'c']);
  });
});

describe('blocker dates as the record holds them', () => {
  it('the SLA clock and the sprint grouping read an unfrozen blocker changed in place afresh, and a frozen one the same every time', () => {
    const live = makeBlocker({ due: '2026-08-28' });
    assert.equal(isOverdue(live, Date.parse(NOW), undefined), false);
    live.due = '2026-08-27';
    assert.equal(isOverdue(live, Date.parse(NOW), undefined), true);
    const frozen = Object.freeze(makeBlocker({ due: '2026-08-27' }));
    assert.equal(isOverdue(frozen, Date.parse(NOW), undefined), true);
    assert.equal(isOverdue(frozen, Date.parse(NOW), undefined), true);
    const config = { ...DEFAULT_CONFIG, blockers: { ...DEFAULT_CONFIG.blockers, recurrenceSprints: 2 } };
    const early = makeBlocker({ id: 'early', raisedAt: inSprint(0) });
    const late = makeBlocker({ id: 'late', raisedAt: inSprint(1) });
    assert.deepEqual(recurringCategories([early, late], config).map((r) => r.sprints), [[0, 1]]);
    late.raisedAt = inSprint(3);
    assert.deepEqual(recurringCategories([early, late], config), []);
  });
});
