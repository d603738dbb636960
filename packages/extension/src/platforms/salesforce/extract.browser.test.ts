import { expect } from '@open-wc/testing';
import { factsOf, findingsOf, originsOf, readFacts, removePages, showPage, valuesOf } from '../testing.js';
import { EXAMPLE, fixturePages, recordHtml, SETTLED_ID } from './fixtures.js';

const [record, sandbox] = fixturePages;
const developerEdition = fixturePages.find((p) => p.url.includes('.develop.'))!;
const relatedTab = fixturePages.find((p) => p.url.endsWith('/related'))!;
const settled = fixturePages.find((p) => p.url.includes(SETTLED_ID))!;

describe('Salesforce extraction', () => {
  afterEach(removePages);

  it('reads the visible record, not the cached one hidden in the same DOM', async () => {
    const [read] = await factsOf(record!);
    const facts = read!.facts;
    expect(read!.unread).to.deep.equal([], 'an empty end date is read, not unread');
    expect(originsOf(facts).name).to.equal('campaign/page');
    expect(valuesOf(facts)).to.deep.equal({
      platform: 'salesforce',
      campaignKey: 'salesforce:acme:7015g000000ABCdAAO',
      name: 'Q3 Webinar',
      status: 'Planned',
      startDate: '2026-09-10',
      owner: 'Priya Raman',
      budget: { amount: '$25,000.00', unit: 'major', period: 'total', currency: 'USD' },
      trackingUrls: ['utm_source=salesforce&utm_medium=email&utm_campaign=2026q3_na_email_webinar'],
    });
    expect(facts.name!.source).to.equal('sfdc:RecordField.Campaign.Name');
    expect(facts.startDate!.confidence).to.be.below(1, 'a numeric date read by the page language is not certain');
  });

  it('fails naming, the missing end date and the 20,000 USD cap', async () => {
    const [read] = await factsOf(record!);
    expect(findingsOf(read!.facts)).to.deep.equal(['platform.budget-cap', 'platform.dates', 'platform.naming']);
  });

  it('reads a Dynamic Forms record on a Developer Edition org', async () => {
    const [read] = await factsOf(developerEdition);
    expect(read!.facts.campaignKey).to.equal('salesforce:acme-dev-ed:7015g000000ABCdAAO');
    expect(read!.facts.name!.value).to.equal('Q3 Webinar');
    expect(read!.facts.budget!.value.amount).to.equal('$25,000.00');
  });

  it('names the fields a record opened on its Related tab has not rendered as unread', async () => {
    const [read] = await factsOf(relatedTab);
    expect(read!.facts.name!.value).to.equal('Q3 Webinar');
    expect(read!.unread).to.deep.equal(['status', 'startDate', 'endDate', 'budget', 'owner', 'trackingUrls']);
  });

  it('skips records hidden by the hidden attribute and aria-hidden, and reads British dates', async () => {
    const [read] = await factsOf(sandbox!);
    const facts = read!.facts;
    expect(facts.campaignKey).to.equal('salesforce:acme--uat:7015g000000ABCdAAO');
    expect(facts.name!.value).to.equal('Q3 Webinar');
    expect(facts.startDate!.value).to.equal('2026-09-10');
    expect(facts.owner!.value).to.equal('Priya Raman');
  });

  it("reads a start date like 9/1/2026 as surely as its end date, 9/30/2026, which settles the page's order", async () => {
    const [read] = await factsOf(settled);
    expect(read!.facts.startDate).to.include({ value: '2026-09-01', confidence: 0.9 });
    expect(read!.facts.endDate).to.include({ value: '2026-09-30', confidence: 0.9 });
  });

  it("reads a field of the active record that a collapsed section hides: it is the record's own", async () => {
    const html = recordHtml(EXAMPLE).replace(/(<records-record-layout-item field-label="Budgeted Cost in Campaign">[\s\S]*?<\/records-record-layout-item>)/, '<div class="slds-section" style="display: none">$1</div>');
    expect(html).to.include('style="display: none"><records-record-layout-item field-label="Budgeted Cost in Campaign">');
    const [read] = readFacts(await showPage(html), record!.url);
    expect(read!.facts.budget?.value.amount).to.equal('$25,000.00');
  });

  it('reads only the fields on screen where no active record view is found', async () => {
    const field = (name: string, hidden: boolean) =>
      `<div${hidden ? ' style="display: none"' : ''}><div data-target-selection-name="sfdc:RecordField.Campaign.Name"><span class="test-id__field-label">Campaign Name</span><span class="test-id__field-value">${name}</span></div></div>`;
    const doc = await showPage(`<!doctype html><html lang="en-US"><body>${field('Cached campaign', true)}${field('Q3 Webinar', false)}</body></html>`);
    const [read] = readFacts(doc, record!.url);
    expect(read!.facts.name?.value).to.equal('Q3 Webinar');
  });
});
