import { expect } from '@open-wc/testing';
import { factsOf, findingsOf, removePages, valuesOf } from '../testing.js';
import { fixturePages } from './fixtures.js';

const [editPane, selected, several] = fixturePages;

describe('Meta extraction', () => {
  afterEach(removePages);

  it('reads the edit pane by ARIA labels only', async () => {
    const facts = await factsOf(editPane!);
    expect(facts.map(valuesOf)).to.deep.equal([
      {
        platform: 'meta',
        campaignKey: 'meta:1179508710370218:120250129011790337',
        name: '2026q3_emea_paid_social_lead-gen',
        status: 'PAUSED',
        startDate: '2026-09-01',
        endDate: '2026-09-30',
        budget: { amount: '€50.00', unit: 'major', period: 'daily' },
        trackingUrls: ['https://www.acme.example/lead-gen', 'utm_source=facebook&utm_medium=Paid-Social&utm_campaign={{campaign.name}}&utm_content={{ad.name}}'],
      },
    ]);
  });

  it('fails the lowercase rule (and, with no owner field on Meta, the owner rule)', async () => {
    const [facts] = await factsOf(editPane!);
    expect(findingsOf(facts!)).to.deep.equal(['platform.owner', 'platform.utm-lowercase', 'platform.budget-comparable']);
  });

  it('reads a selected campaign from its grid row when the pane is closed', async () => {
    const [facts] = await factsOf(selected!);
    expect(facts!.name!.value).to.equal('2026q3_emea_paid_social_lead-gen');
    expect(facts!.budget!.value).to.deep.equal({ amount: '€50.00', unit: 'major', period: 'daily' });
    expect(facts!.trackingUrls).to.equal(undefined);
  });

  it('gives one set of facts per selected campaign, each from its own row', async () => {
    const facts = await factsOf(several!);
    expect(facts.map((f) => [f.campaignKey, f.name?.value, f.budget?.value.period, f.endDate?.value])).to.deep.equal([
      ['meta:1179508710370218:120250129011790337', '2026q3_emea_paid_social_lead-gen', 'daily', '2026-09-30'],
      ['meta:1179508710370218:120250129011790338', '2026q3_emea_paid_social_retargeting', 'total', undefined],
    ]);
  });
});
