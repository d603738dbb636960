/**
 * Ads Manager's classes are obfuscated and change with every release: only ARIA roles and labels
 * are read here. The page's access token is never read.
 */
export const META = {
  grid: '[role="grid"][aria-label="Campaigns"], [role="table"][aria-label="Campaigns"]',
  row: '[role="row"]',
  columnHeader: '[role="columnheader"]',
  cell: '[role="gridcell"], [role="cell"]',
  /** A campaign's name cell links to its ad sets, filtered by its id. */
  rowLink: (campaignId: string) => `a[href*="selected_campaign_ids=${campaignId}"]`,
  columns: { name: 'Campaign', delivery: 'Delivery', budget: 'Budget', schedule: 'Schedule' },
  /** The edit pane for one selected campaign. */
  editPane: '[role="region"][aria-label="Edit campaign"], [role="dialog"][aria-label="Edit campaign"]',
  controls: {
    name: 'Campaign name',
    dailyBudget: 'Daily budget',
    lifetimeBudget: 'Lifetime budget',
    startDate: 'Start date',
    endDate: 'End date',
    websiteUrl: 'Website URL',
    urlParameters: 'URL parameters',
  },
  statusSwitch: '[role="switch"][aria-label^="Campaign"]',
} as const;
