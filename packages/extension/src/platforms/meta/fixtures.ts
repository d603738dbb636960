import { esc, page, type FixturePage } from '../html.js';

export const ACT = '1179508710370218';
export const CAMPAIGN_ID = '120250129011790337';
export const OTHER_ID = '120250129011790338';

export interface MetaCampaign {
  id: string;
  name: string;
  delivery: string;
  budget: string;
  schedule: string;
}

/** The example of platforms.md: leads, paused, 50 a day (5000 minor units), utm_medium=Paid-Social. */
export const EXAMPLE: MetaCampaign = { id: CAMPAIGN_ID, name: '2026q3_emea_paid_social_lead-gen', delivery: 'Off', budget: '€50.00 Daily', schedule: 'Sep 1, 2026 – Sep 30, 2026' };
export const OTHER: MetaCampaign = { id: OTHER_ID, name: '2026q3_emea_paid_social_retargeting', delivery: 'Active', budget: '€1,200.00 Lifetime', schedule: 'Sep 1, 2026 – Ongoing' };
export const URL_PARAMETERS = 'utm_source=facebook&utm_medium=Paid-Social&utm_campaign={{campaign.name}}&utm_content={{ad.name}}';

const manage = (q: string, edit = false) => `https://adsmanager.facebook.com/adsmanager/manage/campaigns${edit ? '/edit' : ''}?act=${ACT}${q}`;

function grid(campaigns: MetaCampaign[]): string {
  const rows = campaigns
    .map(
      (c) => `<div role="row" aria-selected="true"><div role="gridcell"><a href="/adsmanager/manage/adsets?act=${ACT}&amp;selected_campaign_ids=${c.id}">${esc(c.name)}</a></div>
<div role="gridcell">${esc(c.delivery)}</div><div role="gridcell">${esc(c.budget)}</div><div role="gridcell">${esc(c.schedule)}</div></div>`,
    )
    .join('');
  return `<div role="grid" aria-label="Campaigns"><div role="row"><div role="columnheader">Campaign</div><div role="columnheader">Delivery</div><div role="columnheader">Budget</div><div role="columnheader">Schedule</div></div>${rows}</div>`;
}

const control = (label: string, value: string) => `<label class="x1a2b3c">${esc(label)}<input class="x9f8e7d" aria-label="${esc(label)}" value="${esc(value)}"></label>`;

const editPane = (c: MetaCampaign) => `<div role="region" aria-label="Edit campaign" class="x1lliihq">
  <div role="switch" aria-label="Campaign on/off" aria-checked="false" tabindex="0"></div>
  ${control('Campaign name', c.name)}
  ${control('Daily budget', '€50.00')}
  ${control('Start date', 'Sep 1, 2026')}
  ${control('End date', 'Sep 30, 2026')}
  ${control('Website URL', 'https://www.acme.example/lead-gen')}
  ${control('URL parameters', URL_PARAMETERS)}
</div>`;

const shell = (main: string) => page('Ads Manager - Manage ads - Campaigns', `<div class="x78zum5"><div role="navigation" aria-label="Ads Manager"></div><div role="main" class="xh8yej3">${main}</div></div>`);

export const fixturePages: FixturePage[] = [
  { url: manage(`&selected_campaign_ids=${CAMPAIGN_ID}`, true), html: shell(grid([EXAMPLE, OTHER]) + editPane(EXAMPLE)), description: 'Meta campaign in the edit pane: utm_medium=Paid-Social is not lowercase' },
  { url: manage(`&selected_campaign_ids=${CAMPAIGN_ID}`), html: shell(grid([EXAMPLE, OTHER])), description: 'Meta campaign selected in the grid, without the edit pane (no URL parameters in view)' },
  {
    url: `https://adsmanager.facebook.com/adsmanager/manage/campaigns/edit/standalone?act=${ACT}&selected_campaign_ids=${CAMPAIGN_ID}&current_step=0`,
    html: shell(editPane(EXAMPLE)),
    description: 'Meta campaign in the standalone editor',
  },
  { url: manage(`&selected_campaign_ids=${CAMPAIGN_ID}%2C${OTHER_ID}`), html: shell(grid([EXAMPLE, OTHER])), description: 'Meta: two campaigns selected at once' },
  { url: manage(''), html: shell(grid([EXAMPLE, OTHER])), description: 'Meta campaign list with no campaign selected' },
  { url: `https://adsmanager.facebook.com/adsmanager/reporting/manage?act=${ACT}`, html: shell('<h1>Ads reporting</h1>'), description: 'Meta ads reporting: not a campaign page' },
];
