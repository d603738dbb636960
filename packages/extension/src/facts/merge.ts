import { FACT_NAMES } from '../platforms/read.js';
import type { CampaignRead } from '../platforms/types.js';
import type { FactsProblem } from './source.js';

/**
 * The page's reads with an API's answer laid over them. A fact the API read wins, empty or not (it
 * is the platform's own record); the page's stands where the API says nothing; a fact is unread
 * only when neither could read it. An API that failed leaves the page's facts, each campaign
 * saying why; one not open here leaves them with a note. No answer (the API is off) changes nothing.
 */
export function withApiFacts(page: CampaignRead[], api: CampaignRead[] | FactsProblem | null): CampaignRead[] {
  if (!api) return page;
  if ('problem' in api) return page.map((read) => (api.unavailable ? { ...read, apiNote: api.problem } : { ...read, apiProblem: api.problem }));
  const fromApi = new Map(api.map((read) => [read.facts.campaignKey, read]));
  const merged = page.map((read) => {
    const answer = fromApi.get(read.facts.campaignKey);
    fromApi.delete(read.facts.campaignKey);
    if (!answer) return read;
    const facts: Record<string, unknown> = { ...read.facts };
    for (const name of FACT_NAMES) if (!answer.unread.includes(name)) facts[name] = answer.facts[name];
    for (const name of FACT_NAMES) if (facts[name] === undefined) delete facts[name];
    return { facts: facts as unknown as CampaignRead['facts'], unread: read.unread.filter((name) => answer.unread.includes(name)) };
  });
  // A campaign the page showed nothing of, the API still describes.
  return [...merged, ...fromApi.values()];
}
