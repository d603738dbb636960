import { esc, page, type FixturePage } from '../html.js';

// Lightning record pages as public captures show them: each field a
// `div[data-target-selection-name="sfdc:RecordField.Campaign.<ApiName>"][role=listitem]` holding
// `span.test-id__field-label` and `span.test-id__field-value.slds-form-element__static`, inside
// `records-record-layout-item` (a captured LWC DOM) or, with Dynamic Forms,
// `record_flexipage-record-field` (Salesforce Inspector's query); the page in view is the
// `div.windowViewMode-normal.active` view, cached records stay in the DOM beside it. Hosts follow
// Salesforce's My Domain formats, ids the Campaign prefix 701. Example values from platforms.md.

export interface SalesforceCampaign {
  /** Field values by API name, as Lightning displays them. */
  fields: Record<string, string>;
}

export const ORG = 'acme';
export const CAMPAIGN_ID = '7015g000000ABCdAAO';
/** A second record: one whose dates settle each other's order. */
export const SETTLED_ID = '7015g000000ABCeAAO';

/** The example of platforms.md: fails naming, has no end date, and is over a 20,000 USD cap. */
export const EXAMPLE: SalesforceCampaign = {
  fields: {
    Name: 'Q3 Webinar',
    Status: 'Planned',
    Type: 'Webinar',
    StartDate: '9/10/2026',
    EndDate: '',
    BudgetedCost: '$25,000.00',
    CurrencyIsoCode: 'USD - U.S. Dollar',
    OwnerId: 'Priya Raman',
    UTM_Source__c: 'salesforce',
    UTM_Medium__c: 'email',
    UTM_Campaign__c: '2026q3_na_email_webinar',
  },
};

/** Another campaign the user opened before: Lightning keeps it in the DOM, hidden. */
export const CACHED: SalesforceCampaign = {
  fields: { Name: '2026q3_na_event_summit', Status: 'In Progress', StartDate: '8/1/2026', EndDate: '8/31/2026', BudgetedCost: '$5,000.00', OwnerId: 'Someone Else' },
};

const LABELS: Record<string, string> = {
  Name: 'Campaign Name', Status: 'Status', Type: 'Type', StartDate: 'Start Date', EndDate: 'End Date', BudgetedCost: 'Budgeted Cost in Campaign',
  CurrencyIsoCode: 'Campaign Currency', OwnerId: 'Campaign Owner',
};

let generated = 9377;

function recordField(apiName: string, value: string, dynamicForms: boolean): string {
  const label = LABELS[apiName] ?? apiName.replace(/__c$/, '').replace(/_/g, ' ');
  const shown = apiName === 'OwnerId' && value ? `<force-lookup><a href="/lightning/r/User/0055g00000AbCdEAAV/view">${esc(value)}</a></force-lookup>` : `<lightning-formatted-text>${esc(value)}</lightning-formatted-text>`;
  const field = `<div data-target-selection-name="sfdc:RecordField.Campaign.${apiName}" role="listitem"><div class="slds-form-element slds-form-element_readonly test-id__output-root">
  <span class="test-id__field-label" id="input-${generated++}">${esc(label)}</span>
  <span class="test-id__field-value slds-form-element__static"><slot name="outputField">${shown}</slot></span>
</div></div>`;
  return dynamicForms ? `<record_flexipage-record-field>${field}</record_flexipage-record-field>` : `<records-record-layout-item field-label="${esc(label)}">${field}</records-record-layout-item>`;
}

/** One record view; `state` is how Lightning leaves a cached view of it in the DOM. */
function recordView(c: SalesforceCampaign, state: 'active' | 'hidden' | 'display-none' | 'aria-hidden', dynamicForms = false): string {
  const view = 'windowViewMode-normal oneContent lafPageHost';
  const attrs = { active: `class="${view} active"`, hidden: `class="${view}" hidden`, 'display-none': `class="${view}" style="display: none"`, 'aria-hidden': `class="${view}" aria-hidden="true"` }[state];
  const fields = Object.entries(c.fields).map(([k, v]) => recordField(k, v, dynamicForms)).join('\n');
  return `<div ${attrs}><records-record-layout-section><h1 class="slds-page-header__title">${esc(c.fields.Name ?? '')}</h1>
  <div class="slds-form" role="list">${fields}</div></records-record-layout-section></div>`;
}

const shell = (views: string) => `<div class="desktop container oneOne"><one-appnav><nav aria-label="Global"><a href="/lightning/o/Campaign/list">Campaigns</a></nav></one-appnav>
<div class="viewport">${views}</div></div>`;

/** A record page: the visible record first or last, cached records around it. */
export function recordHtml(c: SalesforceCampaign, cached: { campaign: SalesforceCampaign; state: 'hidden' | 'display-none' | 'aria-hidden' }[] = [], lang = 'en-US', dynamicForms = false): string {
  return page(`${c.fields.Name ?? 'Campaign'} | Salesforce`, shell([...cached.map((x) => recordView(x.campaign, x.state)), recordView(c, 'active', dynamicForms)].join('\n')), lang);
}

const listHtml = page(
  'Campaigns | Salesforce',
  shell(`<div class="oneContent active"><h1>Recently Viewed</h1><table role="grid"><tbody>
  <tr><th scope="row"><a href="/lightning/r/Campaign/${CAMPAIGN_ID}/view">Q3 Webinar</a></th><td>Planned</td></tr>
</tbody></table></div>`),
);

export const fixturePages: FixturePage[] = [
  {
    url: `https://${ORG}.lightning.force.com/lightning/r/Campaign/${CAMPAIGN_ID}/view`,
    html: recordHtml(EXAMPLE, [{ campaign: CACHED, state: 'display-none' }]),
    description: 'Salesforce campaign (fails naming, end date, budget cap) with a hidden cached record in the same DOM',
  },
  {
    url: `https://${ORG}--uat.sandbox.lightning.force.com/lightning/r/Campaign/${CAMPAIGN_ID.slice(0, 15)}/view`,
    html: recordHtml({ fields: { ...EXAMPLE.fields, StartDate: '10/09/2026' } }, [{ campaign: CACHED, state: 'hidden' }, { campaign: CACHED, state: 'aria-hidden' }], 'en-GB'),
    description: 'Salesforce sandbox record by its 15-character id, British dates, cached records hidden two other ways',
  },
  ...['acme-dev-ed.develop', 'acme.scratch', 'wise-koala-a44c19-dev-ed.trailblaze'].map((host) => ({
    url: `https://${host}.lightning.force.com/lightning/r/Campaign/${CAMPAIGN_ID}/view`,
    html: recordHtml(EXAMPLE, [], 'en-US', host.includes('develop')),
    description: `Salesforce campaign on a ${host.split('.')[1]} org${host.includes('develop') ? ', Dynamic Forms' : ''}`,
  })),
  {
    // Most campaigns' end dates have a day over 12, which says how to read a start date like 9/1/2026.
    // Salesforce sets a user's language and date locale apart: English (UK) pages with US dates.
    url: `https://${ORG}.lightning.force.com/lightning/r/Campaign/${SETTLED_ID}/view`,
    html: recordHtml({ fields: { ...EXAMPLE.fields, StartDate: '9/1/2026', EndDate: '9/30/2026' } }, [], 'en-GB'),
    description: 'Salesforce campaign whose end date (9/30/2026) settles how to read its start date (9/1/2026) on an en-GB page',
  },
  {
    url: `https://${ORG}.lightning.force.com/lightning/r/Campaign/${CAMPAIGN_ID}/related`,
    html: recordHtml({ fields: { Name: EXAMPLE.fields.Name! } }),
    description: 'Salesforce campaign opened on its Related tab: only the name is rendered, the rest is unread',
  },
  { url: `https://${ORG}.lightning.force.com/lightning/o/Campaign/list?filterName=Recent`, html: listHtml, description: 'Salesforce campaign list view' },
  { url: 'https://wise-koala-a44c19-dev-ed.trailblaze.lightning.force.com/lightning/o/Campaign/home', html: listHtml, description: 'Salesforce campaign home on a Trailhead Playground' },
  {
    url: `https://${ORG}.lightning.force.com/lightning/r/Account/0015g00000XyZabAAB/view`,
    html: page('Acme Corp | Salesforce', shell('<div class="oneContent active"><h1>Acme Corp</h1></div>')),
    description: 'Salesforce account record: not a campaign page',
  },
];
