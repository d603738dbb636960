import { expect } from '@open-wc/testing';
import { factsOf, removePages, valuesOf } from '../testing.js';
import { fixturePages } from './fixtures.js';

const [group, adSet] = fixturePages;

describe('LinkedIn extraction', () => {
  afterEach(removePages);

  it("keys the UI's campaign by its group and the UI's ad set by its API campaign, reading nothing else", async () => {
    const [g] = await factsOf(group!);
    expect(valuesOf(g!.facts)).to.deep.equal({ platform: 'linkedin', campaignKey: 'linkedin:507131805:group:615557454' });
    expect(g!.unread).to.include.members(['name', 'status', 'startDate', 'budget', 'trackingUrls']);
    const [a] = await factsOf(adSet!);
    expect(a!.facts.campaignKey).to.equal('linkedin:507131805:358146626');
    expect(a!.unread).to.not.include('autoTagging');
  });
});
