import * as z from 'zod/mini';
import { campaignRead } from '../../platforms/read.js';
import { apiFact } from '../api-fact.js';
import type { CampaignRead, Detection, FactName } from '../../platforms/types.js';
import { issuePath, type FactsProblem, type FactsSource, type Fetcher } from '../source.js';
import { CAMPAIGN_PROPERTIES, hubspotError, PROPERTY_FORMATS, publicCampaign, type PublicCampaign } from './schema.js';

export const HUBSPOT_API = 'https://api.hubapi.com';

/** `GET /marketing/v3/campaigns/{campaignGuid}?properties=…`: the properties must be named, or none come back. */
export const campaignUrl = (api: string, guid: string) => `${api}/marketing/v3/campaigns/${encodeURIComponent(guid)}?properties=${CAMPAIGN_PROPERTIES.join(',')}`;

/** What the API says about every fact but tracking URLs (`hs_utm` is a utm_campaign value, not a URL). */
const FROM_API: readonly FactName[] = ['name', 'status', 'startDate', 'endDate', 'budget', 'owner'];

/** A validated campaign as facts: each from the campaign level, through the API. An omitted property is empty. */
export function hubspotFacts(campaign: PublicCampaign, campaignKey: string): CampaignRead | FactsProblem {
  const p = campaign.properties;
  for (const name of CAMPAIGN_PROPERTIES) {
    const value = p[name];
    if (value !== undefined && value !== '' && !PROPERTY_FORMATS[name].test(value)) return { problem: `HubSpot's campaign ${campaign.id} has properties.${name} = "${value.slice(0, 40)}", which is not in the form HubSpot writes it.` };
  }
  const api = <T>(value: T | undefined, property: string) => apiFact(value, `api:hubspot:properties.${property}`);
  const amount = p.hs_budget_items_sum_amount;
  return campaignRead(
    'hubspot',
    campaignKey,
    {
      name: api(p.hs_name, 'hs_name'),
      status: api(p.hs_campaign_status, 'hs_campaign_status'),
      startDate: api(p.hs_start_date, 'hs_start_date'),
      endDate: api(p.hs_end_date, 'hs_end_date'),
      owner: api(p.hs_owner, 'hs_owner'),
      budget: api(amount && { amount, unit: 'major' as const, period: 'total' as const, ...(p.hs_currency_code ? { currency: p.hs_currency_code } : {}) }, 'hs_budget_items_sum_amount'),
    },
    'campaign',
    new Set(FROM_API),
  );
}

/** Seconds in a Retry-After header in HubSpot's form (a number of seconds); anything else is unread. */
const retrySeconds = (header: string | null) => (header && /^\s*\d{1,6}\s*$/.test(header) ? Math.max(1, Number(header)) : undefined);

/** How long to leave HubSpot alone after a 429 that says nothing of it: its rolling window. */
const DEFAULT_RETRY_SECONDS = 10;

/** A refusal as a sentence the user can act on; HubSpot's own message follows when the body is its Error. */
function refusal(guid: string, status: number, body: unknown, retryAfter: string | null): FactsProblem {
  const error = z.safeParse(hubspotError, body);
  const said = error.success ? ` HubSpot says: ${error.data.message.slice(0, 200)}` : '';
  if (status === 401) return { problem: `HubSpot refused the private app token (401): it is wrong, expired or revoked. Paste a new one in Preflight's options.${said}` };
  if (status === 403) return { problem: `The private app may not read campaigns (403): give it the marketing.campaigns.read scope in HubSpot.${said}` };
  if (status === 404) return { problem: `HubSpot's API has no campaign ${guid} for this token (404): is the private app in this campaign's portal?` };
  if (status === 429) {
    const seconds = retrySeconds(retryAfter) ?? DEFAULT_RETRY_SECONDS;
    return { problem: `HubSpot's API is limiting requests (429): Preflight asks again in ${seconds} second${seconds === 1 ? '' : 's'}.`, retryAfterSeconds: seconds };
  }
  return { problem: `HubSpot's API could not answer for campaign ${guid} (${status}).${said}` };
}

/**
 * HubSpot's Marketing Campaigns API v3 with a private app's token (scope marketing.campaigns.read),
 * from the extension's background. The response is checked against HubSpot's published definition
 * before anything is read from it.
 */
export class HubSpotFactsSource implements FactsSource {
  readonly platform = 'hubspot' as const;

  constructor(
    private readonly token: string,
    private readonly fetcher: Fetcher,
    private readonly api = HUBSPOT_API,
  ) {}

  async read(detection: Detection): Promise<CampaignRead[] | FactsProblem> {
    const guid = detection.ids.campaignGuid;
    if (!guid || detection.campaignKeys.length !== 1) return { problem: 'This HubSpot page names no campaign.' };
    let response: Awaited<ReturnType<Fetcher>>;
    try {
      response = await this.fetcher(campaignUrl(this.api, guid), { headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' } });
    } catch (error) {
      return { problem: `HubSpot's API could not be reached (${error instanceof Error ? error.message : String(error)}).` };
    }
    // A refusal's body may be anything (a proxy's HTML page): only its status is needed.
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) return refusal(guid, response.status, body, response.headers.get('retry-after'));
    const parsed = z.safeParse(publicCampaign, body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { problem: `HubSpot's API answered with a campaign that does not match its published definition: ${issuePath(issue.path)}: ${issue.message}.` };
    }
    const read = hubspotFacts(parsed.data, detection.campaignKeys[0]!);
    return 'problem' in read ? read : [read];
  }
}
