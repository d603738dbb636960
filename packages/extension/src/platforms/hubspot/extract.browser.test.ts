import { expect } from '@open-wc/testing';
import { factsOf, removePages, valuesOf } from '../testing.js';
import { fixturePages } from './fixtures.js';

describe('HubSpot extraction', () => {
  afterEach(removePages);

  it('reads nothing off a campaign page on any data centre and names every fact as unread', async () => {
    for (const fixture of fixturePages.filter((p) => /campaigns\/[0-9a-f-]{36}|#\/details/i.test(p.url))) {
      const [read] = await factsOf(fixture);
      expect(valuesOf(read!.facts)).to.deep.equal({ platform: 'hubspot', campaignKey: `hubspot:51657317:${/[0-9a-f-]{36}/i.exec(fixture.url)![0].toLowerCase()}` }, fixture.url);
      expect(read!.unread).to.deep.equal(['name', 'status', 'startDate', 'endDate', 'budget', 'owner', 'trackingUrls']);
      removePages();
    }
  });
});
