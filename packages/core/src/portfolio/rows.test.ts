import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../readiness/evaluate.js';
import { verdictReasons } from '../readiness/verdict.js';
import { setPerson } from '../raci/people.js';
import { makeBlocker, makePlan } from '../testing/factories.js';
import { filterPortfolio, portfolioRows, sortPortfolio, type PortfolioRow } from './rows.js';

const NOW = '2026-08-28T12:00:00Z';
const critical = makeBlocker({ id: 'b1', severity: 'critical', raisedAt: '2026-08-20T09:00:00Z', due: '2026-08-21' });

describe('portfolioRows', () => {
  it('gives each plan the verdict, score and reason the readiness rules give it, with its launch, owner, state and open blockers', () => {
    const plans = [makePlan({ id: 'a' }), makePlan({ id: 'b', campaign: { ...makePlan().campaign, name: '2026q4_na_event_summit', state: 'live' }, blockers: [critical] })];
    const rows = portfolioRows(plans, NOW);
    assert.deepEqual(
      rows.map((r) => [r.id, r.name, r.launchDate, r.owner, r.stateTitle, r.openBlockers]),
      [
        ['a', '2026q3_emea_email_product-launch', '2026-09-01', 'Campaign manager', 'Draft', 0],
        ['b', '2026q4_na_event_summit', '2026-09-01', 'Campaign manager', 'Live', 1],
      ],
    );
    for (const [i, plan] of plans.entries()) {
      const readiness = evaluate(plan, { now: NOW });
      assert.equal(rows[i]!.verdict, readiness.state);
      assert.equal(rows[i]!.score, readiness.score);
      if (readiness.state === 'ready') assert.equal(rows[i]!.reason, undefined);
      else assert.equal(rows[i]!.reason, verdictReasons(readiness.findings, readiness.state)[0]!.message);
    }
    assert.equal(rows[1]!.verdict, 'blocked');
    assert.equal(rows[1]!.verdictTitle, 'Blocked');
  });

  it('shows the owner as everywhere else: with the person who holds the role', () => {
    const plan = setPerson(makePlan(), 'Campaign manager', { name: 'Dana Kim' });
    assert.equal(portfolioRows([plan], NOW)[0]!.owner, 'Campaign manager · Dana Kim');
    const ownerless = makePlan({ campaign: { ...makePlan().campaign, owner: undefined } });
    assert.equal(portfolioRows([ownerless], NOW)[0]!.owner, '');
  });
});

const row = (over: Partial<PortfolioRow>): PortfolioRow => ({
  id: over.name ?? 'x',
  name: 'x',
  verdict: 'ready',
  verdictTitle: 'Ready',
  score: 100,
  launchDate: '2026-09-01',
  owner: 'Ops',
  state: 'draft',
  stateTitle: 'Draft',
  openBlockers: 0,
  ...over,
});

describe('sortPortfolio and filterPortfolio', () => {
  const rows = [
    row({ name: 'webinar 10', verdict: 'ready', score: 100, launchDate: '2026-10-01', owner: 'Brand lead', state: 'live', stateTitle: 'Live' }),
    row({ name: 'Webinar 9', verdict: 'blocked', score: 40, launchDate: '2026-09-15', owner: '', state: 'draft' }),
    row({ name: 'event', verdict: 'at-risk', score: 80, launchDate: '2026-09-15', owner: 'Ops lead', state: 'approved', stateTitle: 'Approved' }),
    row({ name: 'launch', verdict: 'blocked', score: 10, launchDate: '2026-11-01', owner: 'Campaign manager', state: 'paused', stateTitle: 'Paused' }),
  ];
  const names = (r: PortfolioRow[]) => r.map((x) => x.name);

  it('sorts by name as people read numbers and case, by verdict worst first (lowest score first within one), by launch, owner and lifecycle', () => {
    assert.deepEqual(names(sortPortfolio(rows, 'name')), ['event', 'launch', 'Webinar 9', 'webinar 10']);
    assert.deepEqual(names(sortPortfolio(rows, 'verdict')), ['launch', 'Webinar 9', 'event', 'webinar 10']);
    assert.deepEqual(names(sortPortfolio(rows, 'verdict', 'descending')), ['webinar 10', 'event', 'Webinar 9', 'launch']);
    // Same launch day: the name breaks the tie, whichever way the column is sorted.
    assert.deepEqual(names(sortPortfolio(rows, 'launchDate')), ['event', 'Webinar 9', 'webinar 10', 'launch']);
    assert.deepEqual(names(sortPortfolio(rows, 'state')), ['Webinar 9', 'event', 'webinar 10', 'launch']);
  });

  it('puts plans with no owner or no launch day last, ascending or descending', () => {
    assert.deepEqual(names(sortPortfolio(rows, 'owner')), ['webinar 10', 'launch', 'event', 'Webinar 9']);
    assert.deepEqual(names(sortPortfolio(rows, 'owner', 'descending')), ['event', 'launch', 'webinar 10', 'Webinar 9']);
    const undated = [...rows, row({ name: 'someday', launchDate: '' })];
    assert.equal(sortPortfolio(undated, 'launchDate').at(-1)!.name, 'someday');
    assert.equal(sortPortfolio(undated, 'launchDate', 'descending').at(-1)!.name, 'someday');
  });

  it('does not change the rows it is given', () => {
    const before = names(rows);
    sortPortfolio(rows, 'verdict');
    assert.deepEqual(names(rows), before);
  });

  it('keeps rows with every word typed (name, owner or state, any case) and with a verdict chosen', () => {
    assert.deepEqual(names(filterPortfolio(rows, { text: 'WEBINAR' })), ['webinar 10', 'Webinar 9']);
    assert.deepEqual(names(filterPortfolio(rows, { text: 'webinar live' })), ['webinar 10']);
    assert.deepEqual(names(filterPortfolio(rows, { text: 'lead' })), ['webinar 10', 'event']);
    assert.deepEqual(names(filterPortfolio(rows, { verdicts: ['blocked'] })), ['Webinar 9', 'launch']);
    assert.deepEqual(names(filterPortfolio(rows, { verdicts: ['blocked'], text: 'paused' })), ['launch']);
    assert.deepEqual(names(filterPortfolio(rows, { text: '  ', verdicts: [] })), names(rows));
    assert.deepEqual(filterPortfolio(rows, { text: 'nothing like it' }), []);
  });
});
