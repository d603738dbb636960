/** Campaign facts written by hand (or by a script) for the command line: each field a fact or a plain value. */
import { PLATFORMS, type PlatformId } from '../plan/vocabulary.js';
import type { CampaignFacts, Fact } from './facts.js';
import { isObject } from '../json/object.js';

const FIELDS = ['name', 'status', 'startDate', 'endDate', 'budget', 'owner', 'trackingUrls', 'autoTagging'] as const;
const isFact = (v: unknown): v is Fact<unknown> => isObject(v) && 'value' in v && typeof v.source === 'string';

/** What is wrong with the input, as `path: message` lines; empty when it can be read as facts. */
export function platformFactsProblems(input: unknown): string[] {
  if (!isObject(input)) return ['(root): campaign facts must be a JSON object'];
  const problems: string[] = [];
  if (!PLATFORMS.includes(input.platform as PlatformId)) problems.push(`platform: must be one of ${PLATFORMS.join(', ')}`);
  if (typeof input.campaignKey !== 'string' || input.campaignKey.length === 0) problems.push('campaignKey: is required (e.g. google-ads:123:456)');
  for (const key of Object.keys(input)) if (key !== 'platform' && key !== 'campaignKey' && !(FIELDS as readonly string[]).includes(key)) problems.push(`${key}: is not a campaign fact; known: ${FIELDS.join(', ')}`);
  const value = (key: string) => (isFact(input[key]) ? input[key].value : input[key]);
  for (const key of ['name', 'status', 'startDate', 'endDate', 'owner']) if (input[key] !== undefined && typeof value(key) !== 'string') problems.push(`${key}: must be text`);
  const budget = value('budget');
  if (budget !== undefined && !(isObject(budget) && (typeof budget.amount === 'number' || typeof budget.amount === 'string') && ['major', 'minor', 'micros'].includes(budget.unit as string) && ['daily', 'total'].includes(budget.period as string))) {
    problems.push('budget: must be { amount, unit: major|minor|micros, period: daily|total, currency? }');
  }
  const urls = value('trackingUrls');
  if (urls !== undefined && !(Array.isArray(urls) && urls.every((u) => typeof u === 'string'))) problems.push('trackingUrls: must be a list of URLs');
  if (input.autoTagging !== undefined && typeof value('autoTagging') !== 'boolean') problems.push('autoTagging: must be true or false');
  return problems;
}

/** The facts, each plain value read as a fact from the file with full confidence. Check `platformFactsProblems` first. */
export function toCampaignFacts(input: Record<string, unknown>): CampaignFacts {
  const facts: Record<string, unknown> = { platform: input.platform, campaignKey: input.campaignKey };
  for (const key of FIELDS) if (input[key] !== undefined) facts[key] = isFact(input[key]) ? input[key] : { value: input[key], source: 'file', confidence: 1 };
  return facts as unknown as CampaignFacts;
}
