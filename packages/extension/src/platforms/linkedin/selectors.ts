/** LinkedIn Campaign Manager: the campaign details panel, read by its ARIA label and row labels. */
export const LINKEDIN = {
  details: '[aria-label="Campaign details"]',
  name: '[aria-label="Campaign details"] h1, [data-test-campaign-name]',
  labels: {
    status: ['Status'],
    startDate: ['Start date'],
    endDate: ['End date'],
    dailyBudget: ['Daily budget'],
    totalBudget: ['Total budget', 'Lifetime budget'],
    owner: ['Owner', 'Created by'],
    destination: ['Destination URL', 'Landing page URL'],
  },
} as const;
