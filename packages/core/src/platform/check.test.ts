import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { makeBlocker, makeItem, makeLaunchApproval, makePlan } from '../testing/factories.js';
import { checkCampaignFacts } from './check.js';
import { EXAMPLE_FACTS } from './example-facts.js';
import type { CampaignFacts, Fact } from './facts.js';

const read = <T>(value: T): Fact<T> => ({ value, source: 'test', confidence: 1 });
const config = (platform: Partial<RulesConfig['platform']> = {}, rest: Partial<RulesConfig> = {}): RulesConfig => ({
  ...DEFAULT_CONFIG,
  ...rest,
  platform: { ...DEFAULT_CONFIG.platform, budgetCaps: [{ currency: 'USD', amount: 20000, period: 'total' }], ...platform },
});
const ruleIds = (facts: CampaignFacts, c = config()) => checkCampaignFacts(facts, c).findings.map((f) => f.ruleId);
const withFacts = (platform: keyof typeof EXAMPLE_FACTS, overrides: Partial<CampaignFacts>): CampaignFacts => ({ ...EXAMPLE_FACTS[platform], ...overrides });
const utmFacts = (...urls: string[]) => withFacts('hubspot', { trackingUrls: read(urls) });

describe('platform checks on the example campaigns', () => {
  it('HubSpot passes: ready, with only a note that a EUR budget has no cap to compare with', () => {
    const r = checkCampaignFacts(EXAMPLE_FACTS.hubspot, config());
    assert.equal(r.state, 'ready');
    assert.equal(r.score, 100);
    assert.equal(r.checked, true);
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.severity]), [['platform.budget-comparable', 'info']]);
    assert.match(r.findings[0]!.message, /Cannot compare a total budget in EUR with the caps \(total USD\)/);
  });

  it('Salesforce fails the naming convention, the missing end date and the 20,000 USD cap', () => {
    const r = checkCampaignFacts(EXAMPLE_FACTS.salesforce, config());
    assert.equal(r.state, 'blocked');
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['platform.budget-cap', 'platform.dates', 'platform.naming']);
    const [cap, dates, naming] = r.findings;
    assert.equal(cap!.message, 'The total budget of 25,000 USD is over the cap of 20,000 USD.');
    assert.deepEqual(cap!.target, { kind: 'fact', id: 'budget' });
    assert.equal(dates!.message, 'No end date is set.');
    assert.match(naming!.message, /"Q3 Webinar" does not follow the naming convention/);
    assert.match(naming!.fix, /2026q3_emea_email_product-launch/);
    assert.equal(naming!.owner, 'Priya Raman');
    assert.equal(r.score, 100 - 20 - 5 - 5);
  });

  it('Google Ads: 50 a day from amount_micros and UTMs in the URL suffix pass; only the end date is missing', () => {
    const caps = config({ budgetCaps: [{ currency: 'USD', amount: 40, period: 'daily' }] });
    assert.deepEqual(ruleIds(EXAMPLE_FACTS['google-ads']), ['platform.dates', 'platform.budget-comparable']);
    assert.deepEqual(ruleIds(EXAMPLE_FACTS['google-ads'], caps), ['platform.budget-cap', 'platform.dates']);
    assert.match(checkCampaignFacts(EXAMPLE_FACTS['google-ads'], caps).findings[0]!.message, /daily budget of 50 USD is over the cap of 40 USD/);
    assert.deepEqual(ruleIds(EXAMPLE_FACTS['google-ads'], config({ budgetCaps: [{ currency: 'USD', amount: 50, period: 'daily' }] })), ['platform.dates']);
  });

  it('Meta fails on the lowercase rule only: Paid-Social is a known medium and the macros are placeholders', () => {
    const r = checkCampaignFacts(EXAMPLE_FACTS.meta, config({ budgetCaps: [{ currency: 'EUR', amount: 100, period: 'daily' }] }));
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['platform.utm-lowercase']);
    assert.equal(r.findings[0]!.message, 'utm_medium=Paid-Social is not lowercase.');
    assert.equal(r.findings[0]!.fix, 'Write it as utm_medium=paid-social.');
    assert.equal(r.state, 'at-risk');
  });

  it('LinkedIn fails without UTMs (and without an end date)', () => {
    const r = checkCampaignFacts(EXAMPLE_FACTS.linkedin, config());
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['platform.utm-required', 'platform.dates']);
    assert.equal(r.findings[0]!.message, 'No tracking URL was found; utm_source, utm_medium, utm_campaign cannot be checked.');
    assert.equal(r.state, 'blocked');
  });
});

describe('platform checks: names', () => {
  it('flags test, tmp and copy as whole words only, in any case', () => {
    for (const name of ['2026q3_emea_email_test', 'Q3 Webinar - Copy', '2026q3_emea_email_TMP-launch', 'test']) {
      assert.ok(ruleIds(withFacts('hubspot', { name: read(name) })).includes('platform.banned-words'), name);
    }
    for (const name of ['2026q3_emea_email_contest', '2026q3_emea_email_copywriting-launch', '2026q3_emea_email_attempt']) {
      assert.ok(!ruleIds(withFacts('hubspot', { name: read(name) })).includes('platform.banned-words'), name);
    }
  });

  it('reads the naming pattern from the config', () => {
    const custom = config({ namingPattern: '^[A-Z]+-\\d+$' });
    assert.deepEqual(ruleIds(withFacts('hubspot', { name: read('ACME-42') }), custom), ['platform.budget-comparable']);
    const naming = checkCampaignFacts(EXAMPLE_FACTS.hubspot, custom).findings.find((f) => f.ruleId === 'platform.naming')!;
    assert.equal(naming.fix, 'Rename it to match ^[A-Z]+-\\d+$.');
  });

  it('does not run the naming pattern on a name longer than any platform allows', () => {
    const long = `2026q3_emea_email_${'a'.repeat(300)}`;
    const f = checkCampaignFacts(withFacts('hubspot', { name: read(long) }), config()).findings.find((x) => x.ruleId === 'platform.naming')!;
    assert.equal(f.message, 'The campaign name is 318 characters long; platforms allow at most 255, so it cannot be a name the convention accepts.');
    assert.equal(f.fix, 'Rename it to a shorter name like 2026q3_emea_email_product-launch (year, quarter, region, channel, topic).');
    assert.equal(ruleIds(withFacts('hubspot', { name: read(`2026q3_emea_email_${'a'.repeat(237)}`) })).includes('platform.naming'), false, '255 characters are judged');
  });

  it('says when no name was found rather than judging an empty one', () => {
    const f = checkCampaignFacts(withFacts('hubspot', { name: undefined }), config()).findings.find((x) => x.ruleId === 'platform.naming')!;
    assert.equal(f.message, 'No campaign name was found on the page.');
  });
});

describe('platform checks: UTMs', () => {
  it('demands each required parameter that is missing, in the configured list', () => {
    const f = checkCampaignFacts(utmFacts('https://x.example/?utm_source=hubspot'), config()).findings.find((x) => x.ruleId === 'platform.utm-required')!;
    assert.equal(f.message, 'The tracking URLs lack utm_medium, utm_campaign.');
    assert.deepEqual(ruleIds(utmFacts('https://x.example/?utm_source=hubspot'), config({ requiredUtm: ['utm_source'] })), ['platform.budget-comparable']);
  });

  it('takes a final URL and its suffix together', () => {
    assert.ok(!ruleIds(utmFacts('https://x.example/?utm_source=a', 'utm_medium=email&utm_campaign=b')).includes('platform.utm-required'));
  });

  it('does not demand manual UTMs from Google Ads with auto-tagging, but checks those that are there', () => {
    const bare = withFacts('google-ads', { trackingUrls: read(['https://x.example/']), autoTagging: read(true) });
    assert.ok(!ruleIds(bare).includes('platform.utm-required'));
    assert.ok(ruleIds({ ...bare, autoTagging: read(false) }).includes('platform.utm-required'));
    assert.ok(ruleIds({ ...bare, autoTagging: undefined }).includes('platform.utm-required'));
    assert.ok(ruleIds({ ...bare, trackingUrls: read(['utm_medium=CPC']) }).includes('platform.utm-lowercase'));
  });

  it('does not let auto-tagging excuse another platform', () => {
    assert.ok(ruleIds(withFacts('linkedin', { autoTagging: read(true) })).includes('platform.utm-required'));
  });

  it('never judges the case of click ids', () => {
    const ids = ruleIds(utmFacts('https://x.example/?utm_source=a&utm_medium=email&utm_campaign=b&gclid=Cj0KCQ-AbC&fbclid=IwAR3&li_fat_id=Ab-1&msclkid=ZyX'));
    assert.deepEqual(ids, ['platform.budget-comparable']);
  });

  it('flags upper case in names and values, once per parameter however many URLs repeat it', () => {
    const r = checkCampaignFacts(utmFacts('https://a.example/?UTM_Source=hubspot&utm_medium=email&utm_campaign=Launch', 'https://b.example/?UTM_Source=hubspot&utm_medium=email&utm_campaign=Launch'), config());
    const lower = r.findings.filter((f) => f.ruleId === 'platform.utm-lowercase');
    assert.deepEqual(lower.map((f) => f.message), ['UTM_Source=hubspot is not lowercase.', 'utm_campaign=Launch is not lowercase.']);
    assert.ok(!r.findings.some((f) => f.ruleId === 'platform.utm-required'), 'a wrongly cased name is present, just wrongly written');
  });

  it('accepts macros as placeholders, and lowercases around them in the fix', () => {
    assert.deepEqual(ruleIds(utmFacts('utm_source=facebook&utm_medium={{placement}}&utm_campaign={{campaign.name}}&utm_content={{Ad Name}}')), ['platform.budget-comparable']);
    const f = checkCampaignFacts(utmFacts('utm_source=facebook&utm_medium=paid_social&utm_campaign=Q3_{{campaign.name}}'), config()).findings.find((x) => x.ruleId === 'platform.utm-lowercase')!;
    assert.equal(f.fix, 'Write it as utm_campaign=q3_{{campaign.name}}.');
  });

  it('flags spaces, whether written as +, %20 or a space', () => {
    const r = checkCampaignFacts(utmFacts('https://x.example/?utm_source=a&utm_medium=email&utm_campaign=spring+sale&utm_content=hero%20banner'), config());
    assert.deepEqual(r.findings.filter((f) => f.ruleId === 'platform.utm-spaces').map((f) => f.fix), ['Use - or _ instead: utm_campaign=spring-sale.', 'Use - or _ instead: utm_content=hero-banner.']);
  });

  it('checks the medium against the allowed list, ignoring case (that is the lowercase rule)', () => {
    assert.ok(ruleIds(utmFacts('utm_source=a&utm_medium=newsletter&utm_campaign=b')).includes('platform.utm-medium'));
    assert.ok(!ruleIds(utmFacts('utm_source=a&utm_medium=EMAIL&utm_campaign=b')).includes('platform.utm-medium'));
    assert.ok(!ruleIds(utmFacts('utm_source=a&utm_medium=newsletter&utm_campaign=b'), config({ allowedMediums: ['newsletter'] })).includes('platform.utm-medium'));
  });
});

describe('platform checks: dates, owner, budget', () => {
  it('wants both dates, as calendar dates, start not after end', () => {
    const msg = (facts: CampaignFacts) => checkCampaignFacts(facts, config()).findings.filter((f) => f.target.id === 'dates').map((f) => `${f.ruleId}: ${f.message}`);
    assert.deepEqual(msg(withFacts('hubspot', { startDate: undefined, endDate: undefined })), ['platform.dates: No start date is set and no end date is set.']);
    assert.deepEqual(msg(withFacts('hubspot', { endDate: read('30/09/2026') })), ['platform.dates: The end date "30/09/2026" is not a calendar date (YYYY-MM-DD).']);
    assert.deepEqual(msg(withFacts('hubspot', { endDate: read('2026-02-30') })), ['platform.dates: The end date "2026-02-30" is not a calendar date (YYYY-MM-DD).']);
    assert.deepEqual(msg(withFacts('hubspot', { startDate: read('2026-10-01') })), ['platform.date-order: The campaign ends (2026-09-30) before it starts (2026-10-01).']);
    assert.deepEqual(msg(withFacts('hubspot', { startDate: read('2026-09-30') })), [], 'a one-day campaign is fine');
  });

  it('wants an owner, on the platform or in the linked plan', () => {
    const facts = withFacts('hubspot', { owner: read('  ') });
    const f = checkCampaignFacts(facts, config()).findings.find((x) => x.ruleId === 'platform.owner')!;
    assert.equal(f.message, 'No owner is set on the campaign, and no linked plan names one.');
    assert.ok(!checkCampaignFacts(facts, config(), makePlan()).findings.some((x) => x.ruleId === 'platform.owner'));
    const naming = checkCampaignFacts({ ...facts, name: read('x') }, config(), makePlan()).findings.find((x) => x.ruleId === 'platform.naming')!;
    assert.equal(naming.owner, 'Campaign manager', 'who should act falls back to the plan owner');
  });

  it('wants a budget', () => {
    assert.ok(ruleIds(withFacts('hubspot', { budget: undefined })).includes('platform.budget-set'));
  });

  it('compares only with a cap in the same currency and period, the strictest one', () => {
    const caps = config({ budgetCaps: [{ currency: 'EUR', amount: 20000, period: 'total' }, { currency: 'EUR', amount: 10000, period: 'total' }, { currency: 'EUR', amount: 10, period: 'daily' }] });
    assert.ok(ruleIds(EXAMPLE_FACTS.hubspot, caps).includes('platform.budget-cap'));
    const atCap = withFacts('hubspot', { budget: read({ amount: 10000, unit: 'major', currency: 'EUR', period: 'total' }) });
    assert.deepEqual(ruleIds(atCap, caps), [], 'a budget equal to the cap is within it');
  });

  it('says a budget without a currency cannot be compared, never assumes one', () => {
    const f = checkCampaignFacts(withFacts('hubspot', { budget: read({ amount: '$25,000', unit: 'major', period: 'total' }) }), config()).findings;
    assert.deepEqual(f.map((x) => [x.ruleId, x.message]), [['platform.budget-comparable', 'Cannot compare a total budget with no currency with the caps (total USD).']]);
  });

  it('reports an unreadable budget instead of guessing', () => {
    const f = checkCampaignFacts(withFacts('hubspot', { budget: read({ amount: '€15.000,00', unit: 'major', currency: 'EUR', period: 'total' }) }), config({ budgetCaps: [{ currency: 'EUR', amount: 1, period: 'total' }] })).findings;
    assert.deepEqual(f.map((x) => x.ruleId), ['platform.budget-unreadable']);
    assert.match(f[0]!.message, /^The budget cannot be checked: "€15.000,00" is not an amount/);
  });
});

describe('platform checks: config and linked plans', () => {
  it('a platform turned off is not checked, and says so', () => {
    const r = checkCampaignFacts(EXAMPLE_FACTS.salesforce, config({ enabled: ['hubspot'] }));
    assert.equal(r.checked, false);
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.severity]), [['platform.disabled', 'info']]);
    assert.match(r.findings[0]!.message, /Checks for salesforce are turned off/);
  });

  it('honours per-rule switches: off, or another severity with its points', () => {
    const rules = { 'platform.budget-cap': { enabled: false }, 'platform.naming': { severity: 'blocker' as const } };
    const r = checkCampaignFacts(EXAMPLE_FACTS.salesforce, config({}, { rules }));
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.severity, f.points]), [['platform.naming', 'blocker', 20], ['platform.dates', 'warning', 5]]);
  });

  it('adds the linked plan open gates and open blockers, targeted at the plan', () => {
    const plan = makePlan({
      checklist: [
        makeItem({ id: 'lp-qa', label: 'Landing page QA', due: '2026-09-20' }),
        makeItem({ id: 'done', label: 'Brief', gateId: 'brief-complete', doneAt: '2026-08-01T10:00:00Z', doneBy: 'Campaign manager', evidence: 'https://x.example/brief' }),
        makeItem({ id: 'report', label: 'Monthly reporting', gateId: 'monthly-reporting', due: '2026-10-31' }),
      ],
      blockers: [makeBlocker({ id: 'blk-1', due: '2026-09-20' }), makeBlocker({ id: 'blk-2', status: 'resolved', resolvedAt: '2026-08-12T10:00:00Z' })],
      // Approved, so the live HubSpot campaign is not launching without review (that is platform.live-unapproved).
      approvals: [makeLaunchApproval()],
    });
    const r = checkCampaignFacts(EXAMPLE_FACTS.hubspot, config(), plan);
    const planned = r.findings.filter((f) => f.target.kind !== 'fact');
    assert.deepEqual(planned.map((f) => [f.ruleId, f.target.kind, f.target.id, f.owner]), [
      ['platform.plan-gate-open', 'item', 'lp-qa', 'Marketing ops'],
      ['platform.plan-blocker-open', 'blocker', 'blk-1', 'Marketing ops'],
    ]);
    assert.equal(r.state, 'at-risk');
  });

  it('judges the linked plan at now: a gate past due blocks, reported once', () => {
    const plan = makePlan({ checklist: [makeItem({ id: 'lp-qa', label: 'Landing page QA', due: '2026-08-28' })] });
    const r = checkCampaignFacts(EXAMPLE_FACTS.hubspot, config(), plan, '2026-09-02T09:00:00Z');
    const aboutGate = r.findings.filter((f) => f.target.kind === 'item' && f.target.id === 'lp-qa');
    assert.deepEqual(aboutGate.map((f) => [f.ruleId, f.severity]), [['gate.open-due', 'blocker']]);
    assert.equal(r.state, 'blocked');
  });

  it('loses exactly the points of its findings, and is deterministic', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(EXAMPLE_FACTS)), fc.option(fc.string(), { nil: undefined }), (facts, name) => {
        const f = name === undefined ? facts : { ...facts, name: read(name) };
        const r = checkCampaignFacts(f, config());
        assert.equal(r.score, Math.max(0, 100 - r.findings.reduce((s, x) => s + x.points, 0)));
        assert.deepEqual(checkCampaignFacts(f, config()), r);
      }),
    );
  });
});
