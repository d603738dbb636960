/**
 * Google Ads tables, as field-tested notes describe them (browser-use/browser-harness,
 * domain-skills/google-ads/ui.md, 2026): rows are `.particle-table-row`, cells `ess-cell[essfield]`,
 * the enabled/paused state is the `aria-label` inside the `status` cell; a campaign's name links to
 * its ad groups with `campaignId=` in the URL. Generated classes (`_ngcontent-*`, `mat-mdc-*`) are
 * never used. Budget, dates and tracking live in the Campaign settings panel, whose DOM no public
 * source shows; auto-tagging is an account setting.
 */
export const GOOGLE_ADS = {
  row: '.particle-table-row',
  statusCell: 'ess-cell[essfield="status"]',
  /** The name cell's link into the campaign, by its id. */
  campaignLink: (campaignId: string) => `a[href*="campaignId=${campaignId}"]`,
} as const;
