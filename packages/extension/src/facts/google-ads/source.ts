import * as z from 'zod/mini';
import { campaignRead } from '../../platforms/read.js';
import type { CampaignRead, Detection, FactName } from '../../platforms/types.js';
import { apiFact, unreachable } from '../api-fact.js';
import { issuePath, type FactsProblem, type FactsSource } from '../source.js';

/**
 * The Google Ads API query for one campaign (GAQL, API v23): the campaign's own fields, its budget
 * and its customer's currency and auto-tagging. v23 replaced `start_date`/`end_date` with
 * `start_date_time`/`end_date_time` ("yyyy-MM-dd HH:mm:ss" in the customer's time zone).
 */
export const campaignQuery = (campaignId: string) =>
  `SELECT campaign.id, campaign.name, campaign.status, campaign.start_date_time, campaign.end_date_time, campaign.tracking_url_template, campaign.final_url_suffix, campaign_budget.amount_micros, campaign_budget.total_amount_micros, campaign_budget.period, customer.currency_code, customer.auto_tagging_enabled FROM campaign WHERE campaign.id = ${campaignId}`;

const dateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/));
const micros = z.string().check(z.regex(/^\d+$/));

/** A `GoogleAdsRow` of that query as the REST API's JSON gives it: lowerCamelCase names, int64 as strings, enums by name. */
const row = z.object({
  campaign: z.object({
    resourceName: z.string(),
    id: z.string(),
    name: z.optional(z.string()),
    status: z.optional(z.enum(['UNSPECIFIED', 'UNKNOWN', 'ENABLED', 'PAUSED', 'REMOVED'])),
    startDateTime: z.optional(dateTime),
    endDateTime: z.optional(dateTime),
    trackingUrlTemplate: z.optional(z.string()),
    finalUrlSuffix: z.optional(z.string()),
  }),
  campaignBudget: z.optional(
    z.object({
      resourceName: z.string(),
      amountMicros: z.optional(micros),
      totalAmountMicros: z.optional(micros),
      period: z.optional(z.enum(['UNSPECIFIED', 'UNKNOWN', 'DAILY', 'CUSTOM_PERIOD'])),
    }),
  ),
  customer: z.optional(z.object({ resourceName: z.string(), currencyCode: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))), autoTaggingEnabled: z.optional(z.boolean()) })),
});
const searchResponse = z.object({ results: z.optional(z.array(row)) });
type Row = z.infer<typeof row>;

/** Google Ads has no campaign owner. */
const FROM_API: readonly FactName[] = ['name', 'status', 'startDate', 'endDate', 'budget', 'trackingUrls', 'autoTagging'];

/** One row as facts at campaign level (auto-tagging is the customer's, which every campaign inherits). An absent end is "runs indefinitely". */
export function googleAdsFacts(r: Row, campaignKey: string): CampaignRead {
  const c = r.campaign;
  const budget = r.campaignBudget;
  const amount = budget?.amountMicros ?? budget?.totalAmountMicros;
  const currency = r.customer?.currencyCode;
  const urls = [c.trackingUrlTemplate, c.finalUrlSuffix].filter((u): u is string => !!u);
  return campaignRead(
    'google-ads',
    campaignKey,
    {
      name: apiFact(c.name, 'api:google-ads:campaign.name'),
      status: apiFact(c.status, 'api:google-ads:campaign.status'),
      startDate: apiFact(c.startDateTime?.slice(0, 10), 'api:google-ads:campaign.start_date_time'),
      endDate: apiFact(c.endDateTime?.slice(0, 10), 'api:google-ads:campaign.end_date_time'),
      budget: apiFact(
        amount === undefined ? undefined : { amount, unit: 'micros' as const, period: budget?.amountMicros !== undefined ? ('daily' as const) : ('total' as const), ...(currency ? { currency } : {}) },
        `api:google-ads:campaign_budget.${budget?.amountMicros !== undefined ? 'amount_micros' : 'total_amount_micros'}`,
      ),
      trackingUrls: apiFact(urls.length ? urls : undefined, 'api:google-ads:campaign.tracking_url_template, final_url_suffix'),
      autoTagging: apiFact(r.customer?.autoTaggingEnabled, 'api:google-ads:customer.auto_tagging_enabled'),
    },
    'campaign',
    new Set(FROM_API),
  );
}

/**
 * Google Ads API v23 (`customers/{id}/googleAds:search`), for a connector that holds the developer
 * token and OAuth (never the browser): it runs the query and gives the answer; this checks the
 * answer's shape and maps it to facts.
 */
export class GoogleAdsFactsSource implements FactsSource {
  readonly platform = 'google-ads' as const;

  constructor(private readonly search: (query: string) => Promise<unknown>) {}

  async read(detection: Detection): Promise<CampaignRead[] | FactsProblem> {
    const id = detection.ids.campaignId;
    if (!id || !/^\d+$/.test(id)) return { problem: 'This Google Ads page names no campaign.' };
    let body: unknown;
    try {
      body = await this.search(campaignQuery(id));
    } catch (error) {
      return unreachable("Google Ads' API", error);
    }
    const parsed = z.safeParse(searchResponse, body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { problem: `Google Ads' API answered with rows that do not match its campaign definition: ${issuePath(issue.path)}: ${issue.message}.` };
    }
    const found = (parsed.data.results ?? []).find((r) => r.campaign.id === id);
    if (!found) return { problem: `Google Ads' API has no campaign ${id} for this customer.` };
    return [googleAdsFacts(found, detection.campaignKeys[0]!)];
  }
}
