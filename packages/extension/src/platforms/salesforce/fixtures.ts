import { esc, page, type FixturePage } from '../html.js';

export interface SalesforceCampaign {
  /** Field values by API name, as Lightning displays them. */
  fields: Record<string, string>;
}

export const ORG = 'acme';
export const CAMPAIGN_ID = '7015g000000ABCdAAO';

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

function recordField(apiName: string, value: string): string {
  const label = LABELS[apiName] ?? apiName.replace(/__c$/, '').replace(/_/g, ' ');
  const shown = apiName === 'OwnerId' && value ? `<a href="/lightning/r/User/0055g00000AbCdEAAV/view">${esc(value)}</a>` : esc(value);
  return `<div class="slds-form-element slds-form-element_readonly" data-target-selection-name="sfdc:RecordField.Campaign.${apiName}">
  <div class="slds-form-element__label"><span class="test-id__field-label" id="input-${generated++}">${esc(label)}</span></div>
  <div class="slds-form-element__control"><span class="test-id__field-value slds-form-element__static"><lightning-formatted-text>${shown}</lightning-formatted-text></span></div>
</div>`;
}

/** One record view; `state` is how Lightning leaves a cached view of it in the DOM. */
function recordView(c: SalesforceCampaign, state: 'active' | 'hidden' | 'display-none' | 'aria-hidden'): string {
  const attrs = { active: 'class="oneContent active"', hidden: 'class="oneContent" hidden', 'display-none': 'class="oneContent" style="display: none"', 'aria-hidden': 'class="oneContent cached" aria-hidden="true"' }[state];
  const fields = Object.entries(c.fields).map(([k, v]) => recordField(k, v)).join('\n');
  return `<div ${attrs}><records-record-layout-section><h1 class="slds-page-header__title">${esc(c.fields.Name ?? '')}</h1>
  <div class="slds-form" role="list">${fields}</div></records-record-layout-section></div>`;
}

const shell = (views: string) => `<div class="desktop container oneOne"><one-appnav><nav aria-label="Global"><a href="/lightning/o/Campaign/list">Campaigns</a></nav></one-appnav>
<div class="viewport">${views}</div></div>`;

/** A record page: the visible record first or last, cached records around it. */
export function recordHtml(c: SalesforceCampaign, cached: { campaign: SalesforceCampaign; state: 'hidden' | 'display-none' | 'aria-hidden' }[] = [], lang = 'en-US'): string {
  return page(`${c.fields.Name ?? 'Campaign'} | Salesforce`, shell([...cached.map((x) => recordView(x.campaign, x.state)), recordView(c, 'active')].join('\n')), lang);
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
    html: recordHtml(EXAMPLE),
    description: `Salesforce campaign on a ${host.split('.')[1]} org`,
  })),
  { url: `https://${ORG}.lightning.force.com/lightning/o/Campaign/list?filterName=Recent`, html: listHtml, description: 'Salesforce campaign list view' },
  { url: 'https://wise-koala-a44c19-dev-ed.trailblaze.lightning.force.com/lightning/o/Campaign/home', html: listHtml, description: 'Salesforce campaign home on a Trailhead Playground' },
  {
    url: `https://${ORG}.lightning.force.com/lightning/r/Account/0015g00000XyZabAAB/view`,
    html: page('Acme Corp | Salesforce', shell('<div class="oneContent active"><h1>Acme Corp</h1></div>')),
    description: 'Salesforce account record: not a campaign page',
  },
];
