/**
 * Lightning marks each record field with `data-target-selection-name`; generated ids
 * (`input-9377`) change on every load. Cached records stay in the DOM, hidden: read visible ones only.
 */
export const field = (apiName: string) => `[data-target-selection-name="sfdc:RecordField.Campaign.${apiName}"]`;

export const SALESFORCE = {
  anyField: '[data-target-selection-name^="sfdc:RecordField.Campaign."]',
  /** The value inside a field, without its label. */
  value: '.test-id__field-value',
  label: '.test-id__field-label',
  name: field('Name'),
  status: field('Status'),
  type: field('Type'),
  startDate: field('StartDate'),
  endDate: field('EndDate'),
  budget: field('BudgetedCost'),
  currency: field('CurrencyIsoCode'),
  owner: field('OwnerId'),
} as const;

/** Custom fields such as `UTM_Source__c` hold UTM values; fields named like `Landing_Page_URL__c` hold URLs. */
export const UTM_FIELD = /^utm_([a-z]+)__c$/i;
export const URL_FIELD = /url__c$/i;
