import { expect } from '@open-wc/testing';
import { normaliseBudget } from '@preflight/core';
import { factsOf, findingsOf, removePages, valuesOf } from '../testing.js';
import { fixturePages } from './fixtures.js';

const [adGroups, copied] = fixturePages;

describe('Google Ads extraction', () => {
  afterEach(removePages);

  it('reads the campaign in context: 50 a day, the URL suffix, auto-tagging', async () => {
    const [facts] = await factsOf(adGroups!);
    expect(valuesOf(facts!)).to.deep.equal({
      platform: 'google-ads',
      campaignKey: 'google-ads:23266040344',
      name: '2026q3_na_cpc_brand',
      status: 'Enabled',
      startDate: '2026-09-01',
      budget: { amount: '50.00', unit: 'major', period: 'daily', currency: 'USD' },
      trackingUrls: ['{lpurl}', 'utm_source=google&utm_medium=cpc&utm_campaign=2026q3_na_cpc_brand'],
      autoTagging: true,
    });
    expect(normaliseBudget(facts!.budget!.value)).to.deep.equal({ amount: 50, currency: 'USD', period: 'daily' });
  });

  it('only the end date and the owner (Google Ads has none) are missing; a daily budget has no total cap to meet', async () => {
    const [facts] = await factsOf(adGroups!);
    expect(findingsOf(facts!)).to.deep.equal(['platform.dates', 'platform.owner', 'platform.budget-comparable']);
  });

  it('flags a copied campaign that ends before it starts and has no UTMs without auto-tagging', async () => {
    const [facts] = await factsOf(copied!);
    expect(facts!.autoTagging!.value).to.equal(false);
    expect(facts!.endDate!.value).to.equal('2026-08-01');
    expect(findingsOf(facts!)).to.have.members(['platform.banned-words', 'platform.date-order', 'platform.utm-required', 'platform.naming', 'platform.owner', 'platform.budget-comparable']);
  });
});
