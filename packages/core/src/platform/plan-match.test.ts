import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { Plan } from '../plan/schema.js';
import { makeLaunchApproval, makePlan } from '../testing/factories.js';
import { evaluate } from '../readiness/evaluate.js';
import { checkCampaignFacts } from './check.js';
import type { CampaignFacts, Fact } from './facts.js';
import { platformStatus } from './plan-match.js';

const read = <T>(value: T): Fact<T> => ({ value, source: 'test', confidence: 1 });
const facts = (overrides: Partial<CampaignFacts> = {}): CampaignFacts => ({
  platform: 'google-ads', campaignKey: 'google-ads:123:456', name: read('2026q3_emea_cpc_product-launch'), status: read('PAUSED'), owner: read('Campaign manager'),
  startDate: read('2026-09-01'), endDate: read('2026-09-30'), budget: read({ amount: 50_000_000, unit: 'micros', currency: 'USD', period: 'daily' }), autoTagging: read(true), ...overrides,
});
const matching = (plan: Plan, f: CampaignFacts) => checkCampaignFacts(f, DEFAULT_CONFIG, plan).findings.filter((x) => ['platform.live-unapproved', 'platform.plan-dates', 'platform.plan-budget'].includes(x.ruleId)).map((x) => [x.ruleId, x.severity, x.message]);

describe('platform against plan', () => {
  it('reads platform status words as live, scheduled or neither', () => {
    assert.deepEqual(['ENABLED', 'Active', 'In progress', ' live ', 'Scheduled', 'PAUSED', 'Draft', 'Planned', 'Off', undefined].map(platformStatus), ['live', 'live', 'live', 'live', 'scheduled', undefined, undefined, undefined, undefined, undefined]);
  });

  it('live or scheduled on the platform with no launch approval in the plan is a blocker; approved, or paused, it is not', () => {
    const plan = makePlan();
    assert.deepEqual(matching(plan, facts({ status: read('ENABLED') })), [
      ['platform.live-unapproved', 'blocker', 'The campaign is live on google-ads ("ENABLED") but the plan "2026q3_emea_email_product-launch" has no launch approval.'],
    ]);
    assert.equal(matching(plan, facts({ status: read('Scheduled') }))[0]![2], 'The campaign is scheduled on google-ads ("Scheduled") but the plan "2026q3_emea_email_product-launch" has no launch approval.');
    assert.equal(checkCampaignFacts(facts({ status: read('ENABLED') }), DEFAULT_CONFIG, plan).state, 'blocked');
    assert.deepEqual(matching(plan, facts()), []);
    assert.deepEqual(matching(makePlan({ approvals: [makeLaunchApproval()] }), facts({ status: read('ENABLED') })), []);
    assert.deepEqual(matching(makePlan({ approvals: [makeLaunchApproval({ decidedBy: 'Campaign manager' })] }), facts({ status: read('ENABLED') })).length, 1, "only the Accountable's or backup's approval counts");
  });

  it('platform dates that differ from the plan’s launch (and end) date are a warning', () => {
    const plan = makePlan();
    assert.deepEqual(matching(plan, facts({ startDate: read('2026-08-28') })), [['platform.plan-dates', 'warning', 'On google-ads the campaign starts 2026-08-28, the plan launches 2026-09-01.']]);
    plan.campaign.endDate = '2026-09-15';
    assert.deepEqual(matching(plan, facts()), [['platform.plan-dates', 'warning', 'On google-ads the campaign ends 2026-09-30, the plan ends 2026-09-15.']]);
    plan.campaign.endDate = '2026-09-30';
    assert.deepEqual(matching(plan, facts()), [], 'the same dates');
  });

  it('a platform budget above the plan’s, same currency and period, is a blocker; equal or not comparable, it is not', () => {
    const withBudget = (amount: number, period: 'daily' | 'total' = 'daily', currency = 'USD') => makePlan({ campaign: { ...makePlan().campaign, budget: { amount, currency, period } } });
    assert.deepEqual(matching(withBudget(40), facts()), [['platform.plan-budget', 'blocker', 'The daily budget on google-ads is 50 USD, above the plan’s 40 USD.']]);
    assert.deepEqual(matching(withBudget(50), facts()), []);
    assert.deepEqual(matching(withBudget(40, 'total'), facts()), [], 'a total budget is not compared with a daily one');
    assert.deepEqual(matching(withBudget(40, 'daily', 'EUR'), facts()), [], 'nor EUR with USD');
  });

  it('each check can be turned off in the config', () => {
    const config = { ...DEFAULT_CONFIG, rules: { 'platform.live-unapproved': { enabled: false } } };
    assert.equal(checkCampaignFacts(facts({ status: read('ENABLED') }), config, makePlan()).findings.some((f) => f.ruleId === 'platform.live-unapproved'), false);
  });
});

describe('campaign.naming', () => {
  it("the plan's own campaign name is checked against the naming convention", () => {
    const named = (name: string) => evaluate(makePlan({ campaign: { ...makePlan().campaign, name } }), { now: '2026-08-20T09:00:00Z' }).findings.map((f) => [f.ruleId, f.target.kind, f.message]);
    assert.deepEqual(named('2026q3_emea_email_product-launch'), []);
    assert.deepEqual(named('Spring webinar'), [['campaign.naming', 'campaign', '"Spring webinar" does not follow the naming convention: it should start with the year and quarter, like 2026q3.']]);
  });

  it('names, in words, the first part of the name that breaks the default convention', () => {
    const said = (name: string) => evaluate(makePlan({ campaign: { ...makePlan().campaign, name } }), { now: '2026-08-20T09:00:00Z' }).findings.find((f) => f.ruleId === 'campaign.naming')?.message;
    assert.equal(said('2026q5_emea_email_x'), '"2026q5_emea_email_x" does not follow the naming convention: it should start with the year and quarter, like 2026q3.');
    assert.equal(said('2026q3-emea_email_x'), '"2026q3-emea_email_x" does not follow the naming convention: the year and quarter should be followed by _.');
    assert.equal(said('2026q3_EMEA_email_x'), '"2026q3_EMEA_email_x" does not follow the naming convention: after the year and quarter comes the region, 2 to 4 lowercase letters like emea, then _.');
    assert.equal(said('2026q3_emea_radio_x'), '"2026q3_emea_radio_x" does not follow the naming convention: after the region comes the channel: email, cpc, paid_social, display or event, then _.');
    assert.equal(said('2026q3_emea_paid_social_Launch'), '"2026q3_emea_paid_social_Launch" does not follow the naming convention: it should end with the topic in lowercase letters, digits and -, like product-launch.');
    assert.equal(said('2026q3_emea_paid_social_launch-2'), undefined);
    const fix = evaluate(makePlan({ campaign: { ...makePlan().campaign, name: 'x' } }), { now: '2026-08-20T09:00:00Z' }).findings.find((f) => f.ruleId === 'campaign.naming')?.fix;
    assert.equal(fix, 'Rename it like 2026q3_emea_email_product-launch: year and quarter, region, channel and topic, joined by _.');
    for (const text of [said('Spring webinar'), fix]) assert.doesNotMatch(text!, /[\\^$]|\(\?/, 'no regular expression is shown for the default convention');
  });
});
