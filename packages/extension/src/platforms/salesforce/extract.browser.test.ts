import { expect } from '@open-wc/testing';
import { factsOf, findingsOf, removePages, valuesOf } from '../testing.js';
import { fixturePages } from './fixtures.js';

const [record, sandbox] = fixturePages;

describe('Salesforce extraction', () => {
  afterEach(removePages);

  it('reads the visible record, not the cached one hidden in the same DOM', async () => {
    const [facts] = await factsOf(record!);
    expect(valuesOf(facts!)).to.deep.equal({
      platform: 'salesforce',
      campaignKey: 'salesforce:acme:7015g000000ABCdAAO',
      name: 'Q3 Webinar',
      status: 'Planned',
      startDate: '2026-09-10',
      owner: 'Priya Raman',
      budget: { amount: '$25,000.00', unit: 'major', period: 'total', currency: 'USD' },
      trackingUrls: ['utm_source=salesforce&utm_medium=email&utm_campaign=2026q3_na_email_webinar'],
    });
    expect(facts!.name!.source).to.equal('sfdc:RecordField.Campaign.Name');
    expect(facts!.startDate!.confidence).to.be.below(1, 'a numeric date read by the page language is not certain');
  });

  it('fails naming, the missing end date and the 20,000 USD cap', async () => {
    const [facts] = await factsOf(record!);
    expect(findingsOf(facts!)).to.deep.equal(['platform.budget-cap', 'platform.dates', 'platform.naming']);
  });

  it('skips records hidden by the hidden attribute and aria-hidden, and reads British dates', async () => {
    const [facts] = await factsOf(sandbox!);
    expect(facts!.campaignKey).to.equal('salesforce:acme--uat:7015g000000ABCdAAO');
    expect(facts!.name!.value).to.equal('Q3 Webinar');
    expect(facts!.startDate!.value).to.equal('2026-09-10');
    expect(facts!.owner!.value).to.equal('Priya Raman');
  });
});
