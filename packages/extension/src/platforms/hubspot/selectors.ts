/** HubSpot marks its UI with `data-test-id`: steadier than its generated classes. */
const id = (name: string) => `[data-test-id="${name}"]`;

export const HUBSPOT = {
  name: id('campaign-name'),
  status: id('campaign-status'),
  startDate: id('campaign-start-date'),
  endDate: id('campaign-end-date'),
  budget: id('campaign-budget'),
  currency: id('campaign-currency'),
  owner: id('campaign-owner'),
  trackingUrl: id('campaign-tracking-url'),
} as const;
