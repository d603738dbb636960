import type { Fact } from '@preflight/core/platform';
import type { CampaignRead, Detection, FactName } from '../types.js';
import { fact, isVisible, safely, textOf, visible } from '../dom.js';
import { campaignRead } from '../read.js';
import { isUpper, isWordChar } from '../chars.js';
import { FIELD_PREFIX, isUrlField, SALESFORCE, utmName } from './selectors.js';

/**
 * The visible record's fields by API name: cached, hidden records of other campaigns are skipped.
 * In the active view every field is the record's own, a collapsed section's or a hidden tab's too;
 * without one, only the fields on screen are.
 */
function visibleFields(doc: Document): Map<string, { text: string; el: Element }> {
  const fields = new Map<string, { text: string; el: Element }>();
  const view = visible(doc, SALESFORCE.activeView);
  for (const el of (view ?? doc).querySelectorAll(SALESFORCE.anyField)) {
    // The selector matched the prefix: what follows it is the field's API name.
    const apiName = el.getAttribute('data-target-selection-name')?.slice(FIELD_PREFIX.length);
    if (!apiName || fields.has(apiName) || (!view && !isVisible(el))) continue;
    const valueEl = el.querySelector(SALESFORCE.value);
    const text = valueEl ? textOf(valueEl) : textOf(el).replace(textOf(el.querySelector(SALESFORCE.label)), '').trim();
    fields.set(apiName, { text, el: valueEl ?? el });
  }
  return fields;
}

/** The ISO code that starts a currency field ("USD - U.S. Dollar", "EUR"), or undefined. */
const currencyCode = (text: string): string | undefined =>
  isUpper(text[0]) && isUpper(text[1]) && isUpper(text[2]) && !isWordChar(text[3]) ? text.slice(0, 3) : undefined;

/** The facts whose field is on the page, filled or not: a field not rendered (a tab not opened) is unread. */
const FIELDS: Partial<Record<FactName, string>> = { name: 'Name', status: 'Status', startDate: 'StartDate', endDate: 'EndDate', budget: 'BudgetedCost', owner: 'OwnerId' };

/** The campaign's facts from its Lightning record page. */
export function extractSalesforce(doc: Document, detection: Detection): CampaignRead[] {
  const fields = safely(() => visibleFields(doc)) ?? new Map<string, { text: string; el: Element }>();
  const read = (apiName: string): Fact<string> | undefined => {
    const text = fields.get(apiName)?.text;
    return text ? fact(text, FIELD_PREFIX + apiName, 1) : undefined;
  };
  const seen = new Set(Object.entries(FIELDS).filter(([, apiName]) => fields.has(apiName)).map(([name]) => name as FactName));
  if ([...fields.keys()].some((apiName) => utmName(apiName) || isUrlField(apiName))) seen.add('trackingUrls');
  return detection.campaignKeys.map((campaignKey) =>
    campaignRead('salesforce', campaignKey, {
      name: read('Name'),
      status: read('Status'),
      // Date fields in the user's locale, as shown: the background reads them (dates.ts).
      startDate: read('StartDate'),
      endDate: read('EndDate'),
      owner: read('OwnerId'),
      budget: safely(() => {
        const cost = read('BudgetedCost');
        if (!cost) return undefined;
        // Multi-currency orgs show "USD - U.S. Dollar"; the amount may also carry the code.
        const currency = currencyCode(read('CurrencyIsoCode')?.value ?? '');
        return fact({ amount: cost.value, unit: 'major' as const, period: 'total' as const, ...(currency ? { currency } : {}) }, cost.source, 1);
      }),
      trackingUrls: safely(() => trackingUrls(fields)),
    }, 'campaign', seen),
  );
}

/** URL fields as they are, and UTM fields put together as one query string. */
function trackingUrls(fields: Map<string, { text: string; el: Element }>): Fact<string[]> | undefined {
  const urls: string[] = [];
  const utms: string[] = [];
  for (const [apiName, { text, el }] of fields) {
    if (!text) continue;
    const utm = utmName(apiName);
    if (utm) utms.push(`utm_${utm}=${encodeURIComponent(text)}`);
    else if (isUrlField(apiName)) urls.push(el.querySelector('a')?.getAttribute('href') ?? text);
  }
  if (utms.length) urls.push(utms.join('&'));
  return urls.length ? fact(urls, 'sfdc:RecordField.Campaign.*URL__c, UTM_*__c', 0.9) : undefined;
}
