import * as z from 'zod/mini';
import { campaignRead } from '../../platforms/read.js';
import type { CampaignRead, Detection, FactName } from '../../platforms/types.js';
import { apiFact, unreachable } from '../api-fact.js';
import { issuePath, type FactsProblem, type FactsSource } from '../source.js';

/** The LinkedIn-Version these shapes were written from (versions are sunset about a year after release). */
export const LINKEDIN_VERSION = '202601';

const STATUS = ['ACTIVE', 'PAUSED', 'ARCHIVED', 'CANCELED', 'DRAFT', 'PENDING_DELETION', 'REMOVED'] as const;
/** Epoch milliseconds: start inclusive, end exclusive. */
const runSchedule = z.object({ start: z.number().check(z.int()), end: z.optional(z.number().check(z.int())) });
/** A BigDecimal as a string, in the currency's major units. */
const money = z.object({ amount: z.string().check(z.regex(/^\d+(\.\d+)?$/)), currencyCode: z.string().check(z.regex(/^[A-Z]{3}$/)) });

/** `GET /rest/adAccounts/{account}/adCampaignGroups/{id}`: the UI's "campaign". */
const campaignGroup = z.object({ id: z.number(), name: z.string(), status: z.enum(STATUS), runSchedule: z.optional(runSchedule), totalBudget: z.optional(money), account: z.string() });
/** `GET /rest/adAccounts/{account}/adCampaigns/{id}`: the UI's "ad set". */
const adCampaign = z.object({ id: z.number(), name: z.string(), status: z.enum(STATUS), runSchedule: z.optional(runSchedule), dailyBudget: z.optional(money), totalBudget: z.optional(money), campaignGroup: z.string(), account: z.string() });

/** The UTC day of an instant in epoch ms; an exclusive end's last day is the day before it. */
const day = (ms: number | undefined, exclusive = false) => (ms === undefined ? undefined : new Date(ms - (exclusive ? 1 : 0)).toISOString().slice(0, 10));

/** LinkedIn has no owner and keeps UTMs on creatives' URLs: neither is the campaign's to say. */
const FROM_API: readonly FactName[] = ['name', 'status', 'startDate', 'endDate', 'budget'];

/** A group (the UI's campaign) or an API campaign (the UI's ad set) as facts at that level. */
export function linkedinFacts(record: z.infer<typeof campaignGroup> | z.infer<typeof adCampaign>, campaignKey: string, level: 'campaign' | 'ad-set'): CampaignRead {
  const kind = level === 'campaign' ? 'adCampaignGroup' : 'adCampaign';
  const daily = 'dailyBudget' in record ? record.dailyBudget : undefined;
  const budget = daily ?? record.totalBudget;
  return campaignRead(
    'linkedin',
    campaignKey,
    {
      name: apiFact(record.name, `api:linkedin:${kind}.name`, level),
      status: apiFact(record.status, `api:linkedin:${kind}.status`, level),
      startDate: apiFact(day(record.runSchedule?.start), `api:linkedin:${kind}.runSchedule.start`, level),
      endDate: apiFact(day(record.runSchedule?.end, true), `api:linkedin:${kind}.runSchedule.end`, level),
      budget: apiFact(budget && { amount: budget.amount, unit: 'major' as const, period: daily ? ('daily' as const) : ('total' as const), currency: budget.currencyCode }, `api:linkedin:${kind}.${daily ? 'dailyBudget' : 'totalBudget'}`, level),
    },
    level,
    new Set(FROM_API),
  );
}

/**
 * LinkedIn's Marketing API (versioned `/rest`, LinkedIn-Version LINKEDIN_VERSION), for a connector
 * that holds an OAuth token with r_ads: on a group page it gives each group (`adCampaignGroups`),
 * on an ad set page the API campaign (`adCampaigns`); this checks the shape and maps it.
 */
export class LinkedInFactsSource implements FactsSource {
  readonly platform = 'linkedin' as const;

  constructor(private readonly load: (path: string) => Promise<unknown>) {}

  async read(detection: Detection): Promise<CampaignRead[] | FactsProblem> {
    const { accountId, campaignId, campaignGroupIds } = detection.ids;
    const groups = (campaignGroupIds ?? '').split(',').filter(Boolean);
    if (!accountId || (!campaignId && !groups.length)) return { problem: 'This LinkedIn page names no campaign.' };
    const asks = campaignId ? [{ path: `/rest/adAccounts/${accountId}/adCampaigns/${campaignId}`, id: campaignId, schema: adCampaign }] : groups.map((id) => ({ path: `/rest/adAccounts/${accountId}/adCampaignGroups/${id}`, id, schema: campaignGroup }));
    const reads: CampaignRead[] = [];
    for (const [i, ask] of asks.entries()) {
      let body: unknown;
      try {
        body = await this.load(ask.path);
      } catch (error) {
        return unreachable("LinkedIn's Marketing API", error);
      }
      const parsed = z.safeParse(ask.schema, body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        return { problem: `LinkedIn's Marketing API answered ${ask.path} with something its ${LINKEDIN_VERSION} schema does not allow: ${issuePath(issue.path)}: ${issue.message}.` };
      }
      if (String(parsed.data.id) !== ask.id) return { problem: `LinkedIn's Marketing API answered with ${parsed.data.id} when asked for ${ask.id}.` };
      reads.push(linkedinFacts(parsed.data, detection.campaignKeys[i]!, campaignId ? 'ad-set' : 'campaign'));
    }
    return reads;
  }
}
