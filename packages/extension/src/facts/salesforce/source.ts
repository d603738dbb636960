import { isObject } from '@preflight/core/schema';
import { campaignRead } from '../../platforms/read.js';
import { apiFact, unreachable } from '../api-fact.js';
import type { CampaignRead, Detection, FactName } from '../../platforms/types.js';
import type { FactsProblem, FactsSource, Fetcher } from '../source.js';

/** The REST API version asked for: the User Interface API's record resource has its present shape in every version since. */
export const SALESFORCE_API_VERSION = 'v62.0';

/** The Campaign fields read. Optional fields: one the org lacks (CurrencyIsoCode without multicurrency) or hides from the user is left out, not an error. */
const FIELDS = ['Name', 'Status', 'StartDate', 'EndDate', 'BudgetedCost', 'CurrencyIsoCode', 'Owner.Name'] as const;

/** `GET /services/data/vXX.X/ui-api/records/{recordId}?optionalFields=Campaign.Name,…`, on the org's My Domain (its instance URL). */
export const recordUrl = (origin: string, id: string) => `${origin}/services/data/${SALESFORCE_API_VERSION}/ui-api/records/${encodeURIComponent(id)}?optionalFields=${FIELDS.map((f) => `Campaign.${f}`).join(',')}`;

/** The field each fact comes from; tracking URLs are not the API's to say (custom fields the page may show). */
const FIELD_OF: Partial<Record<FactName, string>> = { name: 'Name', status: 'Status', startDate: 'StartDate', endDate: 'EndDate', budget: 'BudgetedCost', owner: 'Owner' };

/** The facts the API gives: the page's reading of any other one (tracking URLs) is all there is. */
export const API_FACT_NAMES = Object.keys(FIELD_OF) as FactName[];

type Field = { displayValue: unknown; value: unknown };
const isField = (v: unknown): v is Field => isObject(v) && 'value' in v;

/** Each read field's value as the API gives it: text, a `YYYY-MM-DD` date, a number, an ISO currency code. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FORMATS: Record<string, (v: unknown) => boolean> = {
  Name: (v) => typeof v === 'string',
  Status: (v) => typeof v === 'string',
  StartDate: (v) => DATE.test(String(v)),
  EndDate: (v) => DATE.test(String(v)),
  BudgetedCost: (v) => typeof v === 'number' && v >= 0,
  CurrencyIsoCode: (v) => /^[A-Z]{3}$/.test(String(v)),
};

/** Where a body is not a Campaign record as the User Interface API describes one, or undefined. */
function recordProblem(body: unknown): string | undefined {
  if (!isObject(body) || body.apiName !== 'Campaign' || !isObject(body.fields)) return `apiName is ${JSON.stringify(isObject(body) ? body.apiName : body)?.slice(0, 40)}, not "Campaign" with fields`;
  for (const [name, field] of Object.entries(body.fields)) {
    if (!isField(field)) return `fields.${name} has no value`;
    if (field.value !== null && FORMATS[name] && !FORMATS[name](field.value)) return `fields.${name}.value = ${JSON.stringify(field.value).slice(0, 40)}, not in the form Salesforce gives it`;
  }
  return undefined;
}

/** A checked Campaign record as facts, each at campaign level through the API. A null value is read as empty. */
export function salesforceFacts(record: { fields: Record<string, Field> }, campaignKey: string): CampaignRead {
  const f = record.fields;
  const value = (name: string) => (f[name]?.value === null || f[name]?.value === undefined ? undefined : f[name]!.value);
  const api = <T>(v: T | undefined, field: string) => apiFact(v, `api:salesforce:fields.${field}`);
  const owner = f.Owner;
  const ownerName = isObject(owner?.value) && isObject(owner.value.fields) && isField(owner.value.fields.Name) ? owner.value.fields.Name.value : undefined;
  const cost = value('BudgetedCost') as number | undefined;
  const currency = value('CurrencyIsoCode') as string | undefined;
  // A field the org hides from this user is left out of the response: unread, not empty.
  const seen = new Set(Object.entries(FIELD_OF).flatMap(([name, field]) => (field in f ? [name as FactName] : [])));
  return campaignRead(
    'salesforce',
    campaignKey,
    {
      name: api(value('Name') as string | undefined, 'Name'),
      status: api(value('Status') as string | undefined, 'Status'),
      startDate: api(value('StartDate') as string | undefined, 'StartDate'),
      endDate: api(value('EndDate') as string | undefined, 'EndDate'),
      owner: api(typeof ownerName === 'string' ? ownerName : undefined, 'Owner.Name'),
      budget: api(cost === undefined ? undefined : { amount: String(cost), unit: 'major' as const, period: 'total' as const, ...(currency ? { currency } : {}) }, 'BudgetedCost'),
    },
    'campaign',
    seen,
  );
}

const API = "Salesforce's User Interface API";

/** Salesforce's error body: an array of `{ message, errorCode }`. */
const errorCode = (body: unknown) => (Array.isArray(body) && isObject(body[0]) && typeof body[0].errorCode === 'string' ? body[0].errorCode : undefined);

/**
 * The Campaign record from Salesforce's User Interface API, for a connector that holds an
 * API-enabled session of its own (an OAuth access token its fetcher sends): not for the extension's
 * pages. Salesforce documents that sessions obtained in a Lightning Experience context have no API
 * access (the `$Api.Session_ID` reference of the Visualforce Developer Guide; the Lightning
 * Components guide: no Salesforce API calls from JavaScript), so a record page's own session would
 * be refused, and the page's reading is the evidence-backed path there. A refusal or an answer that
 * is not a Campaign record is a problem; the page's facts then stand. An API the org or the user
 * does not have (403, 404) is no fault: the panel only notes that the facts came from the page.
 */
export class SalesforceFactsSource implements FactsSource {
  readonly platform = 'salesforce' as const;

  constructor(
    private readonly origin: string,
    private readonly fetcher: Fetcher,
  ) {}

  async read(detection: Detection): Promise<CampaignRead[] | FactsProblem> {
    const id = detection.ids.campaignId;
    if (!id || detection.campaignKeys.length !== 1) return { problem: 'This Salesforce page names no campaign.' };
    let response: Awaited<ReturnType<Fetcher>>;
    try {
      response = await this.fetcher(recordUrl(this.origin, id), { headers: { accept: 'application/json' } });
    } catch (error) {
      return unreachable(API, error);
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const code = errorCode(body);
      const status = `(${response.status}${code ? `, ${code}` : ''})`;
      // An expired or revoked session (401) is the connector's to renew; an org or a profile without
      // API access answers 403 or 404, which no one mends by signing in again.
      if (response.status === 401) return { problem: `${API} refused the session ${status}: it has expired or was revoked.` };
      if (response.status === 403 || response.status === 404) return { problem: `${API} is not open to this session ${status}; facts from the page only.`, unavailable: true };
      return { problem: `${API} would not give campaign ${id} ${status}.` };
    }
    const problem = recordProblem(body);
    if (problem) return { problem: `${API} answered with something that is not a Campaign record: ${problem}.` };
    return [salesforceFacts(body as { fields: Record<string, Field> }, detection.campaignKeys[0]!)];
  }
}
