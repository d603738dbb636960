import { isLetter } from '../chars.js';

/** The prefix of a Campaign field's `data-target-selection-name`, before its API name. */
export const FIELD_PREFIX = 'sfdc:RecordField.Campaign.';

/**
 * Lightning marks each record field with `data-target-selection-name` (used by Selenium page
 * objects, Robot Framework libraries and Salesforce Inspector; the captured LWC structure has the
 * value in `.test-id__field-value`, the label in `.test-id__field-label`, with record layouts and
 * Dynamic Forms alike). Generated ids (`input-9377`) change on every load. Cached records stay in
 * the DOM, hidden: read the active view (Salesforce Inspector's query), visible fields only.
 */
export const SALESFORCE = {
  anyField: `[data-target-selection-name^="${FIELD_PREFIX}"]`,
  activeView: 'div.windowViewMode-normal.active, div.content > div.active.lafPageHost, section.oneConsoleTab div.windowViewMode-maximized.active.lafPageHost',
  /** The value inside a field, without its label. */
  value: '.test-id__field-value',
  label: '.test-id__field-label',
} as const;

/**
 * Custom fields such as `UTM_Source__c` hold UTM values (the parameter's name, `source`, or
 * undefined); fields named like `Landing_Page_URL__c` hold URLs. Compared as strings: the page script
 * tells URL fields, and its world compiles a regular expression on its first use.
 */
export function utmName(apiName: string): string | undefined {
  const lower = apiName.toLowerCase();
  const name = lower.startsWith('utm_') && lower.endsWith('__c') ? lower.slice(4, -3) : '';
  return name && [...name].every(isLetter) ? name : undefined;
}
export const isUrlField = (apiName: string) => apiName.toLowerCase().endsWith('url__c');
