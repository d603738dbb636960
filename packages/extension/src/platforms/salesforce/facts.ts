import type { Fact } from '@preflight/core/platform';
import type { CampaignRead, Detection, FactName } from '../types.js';
import { fact, safely } from '../dom.js';
import { campaignRead } from '../read.js';
import { collapseSpace, isUpper, isWordChar } from '../chars.js';
import { FIELD_PREFIX, isUrlField, utmName } from './selectors.js';
import type { ShownField } from './extract.js';

/** The ISO code that starts a currency field ("USD - U.S. Dollar", "EUR"), or undefined. */
const currencyCode = (text: string): string | undefined =>
  isUpper(text[0]) && isUpper(text[1]) && isUpper(text[2]) && !isWordChar(text[3]) ? text.slice(0, 3) : undefined;

/** The facts whose field is on the page, filled or not: a field not rendered (a tab not opened) is unread. */
const FIELDS: Partial<Record<FactName, string>> = { name: 'Name', status: 'Status', startDate: 'StartDate', endDate: 'EndDate', budget: 'BudgetedCost', owner: 'OwnerId' };

/** The background's half of Salesforce's reading: the campaign's facts from its record page's fields (extract.ts). */
export function salesforceFacts(shownAsIs: ShownField[], detection: Detection): CampaignRead[] {
  const shown = shownAsIs.map(asSeen);
  const fields = new Map(shown.map((field) => [field.name, field]));
  const read = (apiName: string): Fact<string> | undefined => {
    const text = fields.get(apiName)?.text;
    return text ? fact(text, FIELD_PREFIX + apiName, 1) : undefined;
  };
  const seen = new Set(Object.entries(FIELDS).filter(([, apiName]) => fields.has(apiName)).map(([name]) => name as FactName));
  if (shown.some((field) => utmName(field.name) || isUrlField(field.name))) seen.add('trackingUrls');
  const cost = read('BudgetedCost');
  // Multi-currency orgs show "USD - U.S. Dollar"; the amount may also carry the code.
  const currency = currencyCode(read('CurrencyIsoCode')?.value ?? '');
  return detection.campaignKeys.map((campaignKey) =>
    campaignRead('salesforce', campaignKey, {
      name: read('Name'),
      status: read('Status'),
      // Date fields in the user's locale, as shown: read with the page's language (dates.ts).
      startDate: read('StartDate'),
      endDate: read('EndDate'),
      owner: read('OwnerId'),
      budget: cost && fact({ amount: cost.value, unit: 'major' as const, period: 'total' as const, ...(currency ? { currency } : {}) }, cost.source, 1),
      // A lone surrogate in a UTM field makes encodeURIComponent throw: that fact alone is lost.
      trackingUrls: safely(() => trackingUrls(shown)),
    }, 'campaign', seen),
  );
}

/** A field's text as people see it: white space collapsed, and without its label where the value came with it. */
function asSeen({ text, label, ...field }: ShownField): ShownField {
  const seen = collapseSpace(text);
  return { ...field, text: label === undefined ? seen : seen.replace(collapseSpace(label), '').trim() };
}

/** URL fields as they are, and UTM fields put together as one query string. */
function trackingUrls(shown: ShownField[]): Fact<string[]> | undefined {
  const urls: string[] = [];
  const utms: string[] = [];
  for (const { name, text, href } of shown) {
    if (!text) continue;
    const utm = utmName(name);
    if (utm) utms.push(`utm_${utm}=${encodeURIComponent(text)}`);
    else if (isUrlField(name)) urls.push(href ?? text);
  }
  if (utms.length) urls.push(utms.join('&'));
  return urls.length ? fact(urls, 'sfdc:RecordField.Campaign.*URL__c, UTM_*__c', 0.9) : undefined;
}
