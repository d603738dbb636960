import { expect } from '@open-wc/testing';
import { factsOf, findingsOf, removePages, valuesOf } from '../testing.js';
import { fixturePages } from './fixtures.js';

describe('LinkedIn extraction', () => {
  afterEach(removePages);

  it('reads the campaign details panel', async () => {
    const [facts] = await factsOf(fixturePages[0]!);
    expect(valuesOf(facts!)).to.deep.equal({
      platform: 'linkedin',
      campaignKey: 'linkedin:507131805:615557454',
      name: '2026q3_na_display_abm-awareness',
      status: 'Draft',
      startDate: '2026-09-01',
      owner: 'Sam Okafor',
      budget: { amount: 'USD 10,000.00', unit: 'major', period: 'total' },
      trackingUrls: ['https://www.acme.example/abm'],
    });
  });

  it('fails without UTMs on the destination URL, and without an end date', async () => {
    const [facts] = await factsOf(fixturePages[0]!);
    expect(findingsOf(facts!)).to.deep.equal(['platform.utm-required', 'platform.dates']);
  });
});
