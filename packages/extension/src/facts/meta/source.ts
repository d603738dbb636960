import * as z from 'zod/mini';
import { campaignRead } from '../../platforms/read.js';
import type { CampaignRead, Detection, FactName } from '../../platforms/types.js';
import { apiFact, unreachable } from '../api-fact.js';
import { issuePath, type FactsProblem, type FactsSource } from '../source.js';

/** The Graph API fields read, per object (Marketing API; names and types from the SDK codegen's Campaign.json, AdSet.json, AdCreative.json). */
export const GRAPH_FIELDS = {
  campaign: 'id,name,status,effective_status,daily_budget,lifetime_budget,start_time,stop_time',
  adsets: 'id,daily_budget,lifetime_budget,start_time,end_time',
  ads: 'id,creative{url_tags}',
  account: 'currency',
} as const;

/** Graph's datetime: ISO 8601 with a numeric offset, "2025-11-11T14:25:17-0800". */
const datetime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{4}$/));
/** Budgets are strings of whole minor units (cents for USD). */
const minor = z.string().check(z.regex(/^\d+$/));
const budgets = { daily_budget: z.optional(minor), lifetime_budget: z.optional(minor) };
const campaign = z.object({ id: z.string(), name: z.optional(z.string()), status: z.optional(z.string()), effective_status: z.optional(z.string()), start_time: z.optional(datetime), stop_time: z.optional(datetime), ...budgets });
const adSet = z.object({ id: z.string(), start_time: z.optional(datetime), end_time: z.optional(datetime), ...budgets });
const ad = z.object({ id: z.string(), creative: z.optional(z.object({ id: z.string(), url_tags: z.optional(z.string()) })) });

/** What a connector gives for one campaign: each Graph API answer as it came (an edge as `{ data: [...] }`). */
export const metaAnswers = z.object({ campaign, adsets: z.object({ data: z.array(adSet) }), ads: z.object({ data: z.array(ad) }), account: z.object({ currency: z.string().check(z.regex(/^[A-Z]{3}$/)) }) });
export type MetaAnswers = z.infer<typeof metaAnswers>;

const FROM_API: readonly FactName[] = ['name', 'status', 'startDate', 'endDate', 'budget', 'trackingUrls'];
const dayOf = (t: string | undefined) => t?.slice(0, 10);

/**
 * One campaign's answers as facts, rolled up from where Meta keeps them: name and delivery status
 * on the campaign; the budget on the campaign when it has one (campaign budget optimisation), else
 * the ad sets' summed when they share a period; the schedule on the campaign, else from the
 * earliest ad set start to the latest end (none when an ad set runs with no end); UTMs on the ads'
 * creatives (`url_tags`).
 */
export function metaFacts(a: MetaAnswers, campaignKey: string): CampaignRead {
  const c = a.campaign;
  const sets = a.adsets.data;
  const currency = a.account.currency;
  const money = (amount: string, period: 'daily' | 'total') => ({ amount, unit: 'minor' as const, period, currency });
  const onCampaign = c.daily_budget ?? c.lifetime_budget;
  const setsPeriod = sets.length && sets.every((s) => s.daily_budget) ? 'daily' : sets.length && sets.every((s) => s.lifetime_budget) ? 'total' : undefined;
  const setsSum = setsPeriod && String(sets.reduce((sum, s) => sum + BigInt((setsPeriod === 'daily' ? s.daily_budget : s.lifetime_budget)!), 0n));
  const starts = sets.map((s) => s.start_time).filter((t): t is string => !!t).sort();
  const ends = sets.map((s) => s.end_time);
  const urlTags = [...new Set(a.ads.data.map((x) => x.creative?.url_tags).filter((t): t is string => !!t))];
  return campaignRead(
    'meta',
    campaignKey,
    {
      name: apiFact(c.name, 'api:meta:campaign.name'),
      status: apiFact(c.effective_status ?? c.status, 'api:meta:campaign.effective_status'),
      startDate: c.start_time ? apiFact(dayOf(c.start_time), 'api:meta:campaign.start_time') : apiFact(dayOf(starts[0]), 'api:meta:adset.start_time', 'ad-set'),
      endDate: c.stop_time ? apiFact(dayOf(c.stop_time), 'api:meta:campaign.stop_time') : ends.length && ends.every(Boolean) ? apiFact(dayOf((ends as string[]).sort().at(-1)), 'api:meta:adset.end_time', 'ad-set') : undefined,
      budget: onCampaign
        ? apiFact(money(onCampaign, c.daily_budget ? 'daily' : 'total'), `api:meta:campaign.${c.daily_budget ? 'daily_budget' : 'lifetime_budget'}`)
        : apiFact(setsSum ? money(setsSum, setsPeriod!) : undefined, `api:meta:adset.${setsPeriod === 'daily' ? 'daily_budget' : 'lifetime_budget'} (sum)`, 'ad-set'),
      trackingUrls: apiFact(urlTags.length ? urlTags : undefined, 'api:meta:adcreative.url_tags', 'ad'),
    },
    'campaign',
    // Ad sets whose budgets differ in period give no one budget: unread rather than a guess.
    new Set(FROM_API.filter((name) => name !== 'budget' || onCampaign || setsPeriod || !sets.length)),
  );
}

/**
 * Meta's Marketing API (Graph API), for a connector that holds an OAuth token with ads_read (never
 * the page's): it asks for the campaign, its ad sets, its ads' creatives and the ad account's
 * currency with GRAPH_FIELDS, and gives the answers; this checks their shape and rolls them up.
 */
export class MetaFactsSource implements FactsSource {
  readonly platform = 'meta' as const;

  constructor(private readonly load: (campaignId: string, accountId: string) => Promise<unknown>) {}

  async read(detection: Detection): Promise<CampaignRead[] | FactsProblem> {
    const accountId = detection.ids.accountId;
    const ids = (detection.ids.campaignIds ?? '').split(',').filter(Boolean);
    if (!accountId || !ids.length) return { problem: 'This Meta page names no campaign.' };
    const reads: CampaignRead[] = [];
    for (const [i, id] of ids.entries()) {
      let body: unknown;
      try {
        body = await this.load(id, accountId);
      } catch (error) {
        return unreachable("Meta's Marketing API", error);
      }
      const parsed = z.safeParse(metaAnswers, body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { problem: `Meta's Marketing API answered for campaign ${id} with something its field specs do not allow: ${issuePath(issue.path)}: ${issue.message}.` };
      }
      if (parsed.data.campaign.id !== id) return { problem: `Meta's Marketing API answered with campaign ${parsed.data.campaign.id} when asked for ${id}.` };
      reads.push(metaFacts(parsed.data, detection.campaignKeys[i]!));
    }
    return reads;
  }
}
