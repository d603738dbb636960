import { expect } from '@open-wc/testing';
import { factsOf, findingsOf, originsOf, removePages, valuesOf } from '../testing.js';
import { fixturePages } from './fixtures.js';

const [campaignPanel, adSetPanel, adPanel, several] = fixturePages;

describe('Meta extraction', () => {
  afterEach(removePages);

  it('reads the campaign panel by placeholder and the On/Off switch, at campaign level', async () => {
    const [read] = await factsOf(campaignPanel!);
    expect(valuesOf(read!.facts)).to.deep.equal({ platform: 'meta', campaignKey: 'meta:1179508710370218:120250129011790337', name: '2026q3_emea_paid_social_lead-gen', status: 'PAUSED' });
    expect(originsOf(read!.facts)).to.deep.equal({ name: 'campaign/page', status: 'campaign/page' });
    expect(read!.unread).to.deep.equal(['startDate', 'endDate', 'budget', 'owner', 'trackingUrls']);
  });

  it('reads the schedule on the ad set panel, at ad set level', async () => {
    const [read] = await factsOf(adSetPanel!);
    expect(valuesOf(read!.facts)).to.include({ startDate: '2026-09-01', endDate: '2026-09-30' });
    expect(originsOf(read!.facts)).to.deep.equal({ startDate: 'ad-set/page', endDate: 'ad-set/page' });
    expect(read!.unread).to.include('name');
  });

  it("reads the ad's URL parameters on the ad panel, which fail the lowercase rule", async () => {
    const [read] = await factsOf(adPanel!);
    expect(read!.facts.trackingUrls?.value).to.deep.equal(['utm_source=facebook&utm_medium=Paid-Social&utm_campaign={{campaign.name}}&utm_content={{ad.name}}']);
    expect(originsOf(read!.facts)).to.deep.equal({ trackingUrls: 'ad/page' });
    expect(findingsOf(read!.facts)).to.include('platform.utm-lowercase');
  });

  it('reads nothing for several campaigns selected in the grid', async () => {
    const reads = await factsOf(several!);
    expect(reads.map((r) => [r.facts.campaignKey, Object.keys(r.facts).length])).to.deep.equal([
      ['meta:1179508710370218:120250129011790337', 2],
      ['meta:1179508710370218:120250129011790338', 2],
    ]);
  });
});
