import { esc, page, type FixturePage } from '../html.js';

// Ads Manager's editor as public evidence shows it: a snipcss clone of real markup
// (usama0011/facebookadsmanger, src/pages/EditCompaing.jsx: tabs labelled Campaign / Ad set / Ad,
// `role="switch" aria-label="On/Off"`, inputs in `role="combobox"` found by placeholder, such as
// "Enter your campaign name here...") and a governance extension's notes from the live editor
// (2026-02/04: each panel shows its own level's fields only, the schedule on the ad set panel with
// `aria-label*="Start date"`, URL parameters on the ad panel with placeholder
// "key1=value1&key2=value2"). URLs from public link builders; ids and the Paid-Social value from
// the public notes behind platforms.md. Classes are atomic and never read.

export const ACT = '1179508710370218';
export const CAMPAIGN_ID = '120250129011790337';
export const OTHER_ID = '120250129011790338';
export const NAME = '2026q3_emea_paid_social_lead-gen';
export const URL_PARAMETERS = 'utm_source=facebook&utm_medium=Paid-Social&utm_campaign={{campaign.name}}&utm_content={{ad.name}}';

type Panel = 'Campaign' | 'Ad set' | 'Ad';

const tabs = (on: Panel) => `<div role="tablist">${(['Campaign', 'Ad set', 'Ad'] as const).map((t) => `<div role="tab" aria-label="${t}" aria-selected="${t === on}" tabindex="${t === on ? 0 : -1}" class="x1i10hfl">${t}</div>`).join('')}</div>`;

const combobox = (input: string) => `<div role="combobox" aria-expanded="false" class="x78zum5">${input}</div>`;

const PANELS: Record<Panel, string> = {
  Campaign: `<div role="switch" aria-label="On/Off" aria-checked="false" tabindex="0" class="x1n2onr6"></div>
  ${combobox(`<input class="x1lliihq" type="text" placeholder="Enter your campaign name here..." value="${esc(NAME)}">`)}`,
  'Ad set': `<input class="x1lliihq" type="text" aria-label="Start date" value="Sep 1, 2026">
  <input class="x1lliihq" type="text" aria-label="End date" value="Sep 30, 2026">`,
  Ad: `${combobox(`<input class="x1lliihq" type="text" placeholder="key1=value1&amp;key2=value2" value="${esc(URL_PARAMETERS)}">`)}`,
};

const editor = (on: Panel) => page('Ads Manager - Edit', `<div class="x78zum5"><div role="main" class="xh8yej3">${tabs(on)}<div class="x9f619">${PANELS[on]}</div></div></div>`);

const editUrl = (step = '') => `https://adsmanager.facebook.com/adsmanager/manage/campaigns/edit/standalone?act=${ACT}&selected_campaign_ids=${CAMPAIGN_ID}${step}`;

const grid = page('Ads Manager - Manage ads - Campaigns', `<div role="main"><div role="grid"><div role="row"><div role="columnheader">Campaign</div></div><div role="row"><div role="gridcell">${esc(NAME)}</div></div></div></div>`);

export const fixturePages: FixturePage[] = [
  { url: editUrl('&current_step=0'), html: editor('Campaign'), description: 'Meta editor on the campaign panel: name and on/off' },
  { url: editUrl('&current_step=1'), html: editor('Ad set'), description: 'Meta editor on the ad set panel: the schedule, at ad set level' },
  { url: `https://adsmanager.facebook.com/adsmanager/manage/campaigns/edit?act=${ACT}&selected_campaign_ids=${CAMPAIGN_ID}`, html: editor('Ad'), description: 'Meta editor on the ad panel: utm_medium=Paid-Social is not lowercase' },
  { url: `https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=${ACT}&selected_campaign_ids=${CAMPAIGN_ID}%2C${OTHER_ID}`, html: grid, description: 'Meta: two campaigns selected in the grid, nothing read' },
  { url: `https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=${ACT}`, html: grid, description: 'Meta campaign list with no campaign selected' },
  { url: `https://adsmanager.facebook.com/adsmanager/reporting/manage?act=${ACT}`, html: page('Ads reporting', '<h1>Ads reporting</h1>'), description: 'Meta ads reporting: not a campaign page' },
];
