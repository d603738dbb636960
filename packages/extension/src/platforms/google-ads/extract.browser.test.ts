import { expect } from '@open-wc/testing';
import { factsOf, originsOf, removePages, valuesOf } from '../testing.js';
import { fixturePages } from './fixtures.js';

const [campaigns, adGroups] = fixturePages;

describe('Google Ads extraction', () => {
  afterEach(removePages);

  it("reads name and status from the campaign's row by its essfield cells; the settings stay unread", async () => {
    const [read] = await factsOf(campaigns!);
    expect(valuesOf(read!.facts)).to.deep.equal({ platform: 'google-ads', campaignKey: 'google-ads:23266040344', name: '2026q3_na_cpc_brand', status: 'Enabled' });
    expect(originsOf(read!.facts)).to.deep.equal({ name: 'campaign/page', status: 'campaign/page' });
    expect(read!.unread).to.deep.equal(['startDate', 'endDate', 'budget', 'owner', 'trackingUrls', 'autoTagging']);
  });

  it('reads nothing of the campaign from its ad groups view', async () => {
    const [read] = await factsOf(adGroups!);
    expect(valuesOf(read!.facts)).to.deep.equal({ platform: 'google-ads', campaignKey: 'google-ads:23266040344' });
    expect(read!.unread).to.include('name');
  });
});
