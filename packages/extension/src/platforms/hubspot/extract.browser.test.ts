import { expect } from '@open-wc/testing';
import { factsOf, findingsOf, removePages, showPage, valuesOf } from '../testing.js';
import { fixturePages } from './fixtures.js';
import { extractHubSpot } from './extract.js';
import { detectHubSpot } from './detect.js';

const [example, , hashRouted, bare] = fixturePages;

describe('HubSpot extraction', () => {
  afterEach(removePages);

  it('reads the example campaign, which passes every check', async () => {
    const [facts] = await factsOf(example!);
    expect(valuesOf(facts!)).to.deep.equal({
      platform: 'hubspot',
      campaignKey: 'hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d',
      name: '2026q3_emea_email_product-launch',
      status: 'In progress',
      startDate: '2026-08-21',
      endDate: '2026-09-30',
      owner: 'Dana Whitfield',
      budget: { amount: '€15,000.00', unit: 'major', period: 'total', currency: 'EUR' },
      trackingUrls: ['https://www.acme.example/launch?utm_source=hubspot&utm_medium=email&utm_campaign=2026q3_emea_email_product-launch'],
    });
    expect(facts!.name).to.deep.equal({ value: '2026q3_emea_email_product-launch', source: '[data-test-id="campaign-name"]', confidence: 1 });
    expect(findingsOf(facts!)).to.deep.equal(['platform.budget-comparable']);
  });

  it('reads the hash-routed page on another data centre, day-first dates included', async () => {
    const [facts] = await factsOf(hashRouted!);
    expect(facts!.campaignKey).to.equal('hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d');
    expect(facts!.startDate).to.deep.include({ value: '2026-08-21' });
  });

  it('leaves out what is not filled in, and the core says what is missing', async () => {
    const [facts] = await factsOf(bare!);
    expect(Object.keys(facts!)).to.have.members(['platform', 'campaignKey', 'name']);
    expect(findingsOf(facts!)).to.have.members(['platform.banned-words', 'platform.utm-required', 'platform.naming', 'platform.dates', 'platform.owner', 'platform.budget-set']);
  });

  it('never throws on a page that is not a campaign page at all', async () => {
    const doc = await showPage('<!doctype html><html><body><p>Loading…</p></body></html>');
    const detection = detectHubSpot(new URL(example!.url))!;
    expect(extractHubSpot(doc, detection)).to.deep.equal([{ platform: 'hubspot', campaignKey: detection.campaignKeys[0] }]);
  });

  it('reads from a parsed document too (no styles computed)', () => {
    const doc = new DOMParser().parseFromString(example!.html, 'text/html');
    const [facts] = extractHubSpot(doc, detectHubSpot(new URL(example!.url))!);
    expect(facts!.owner?.value).to.equal('Dana Whitfield');
  });
});
