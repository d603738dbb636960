import { checkCampaignFacts, type CampaignFacts } from '@preflight/core/platform';
import { DEFAULT_CONFIG, type RulesConfig } from '@preflight/core';
import type { CampaignRead } from './types.js';
import type { FixturePage } from './html.js';
import { ADAPTERS, detectPage } from './index.js';
import { withDatesRead } from './dates.js';
import { PAGE_FACTS } from './page-facts.js';
import { pageLang } from './dom.js';

/** Shows a fixture page in an iframe, so styles apply and visibility is the browser's own. */
export async function showPage(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

export function removePages(): void {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}


/** The default rules with a 20,000 USD total cap, as the platform examples assume. */
export const EXAMPLE_CONFIG: RulesConfig = { ...DEFAULT_CONFIG, platform: { ...DEFAULT_CONFIG.platform, budgetCaps: [{ currency: 'USD', amount: 20000, period: 'total' }] } };

/** Detects the fixture's URL, shows its page and reads the facts the adapter finds there. */
export async function factsOf(fixture: FixturePage): Promise<CampaignRead[]> {
  return readFacts(await showPage(fixture.html), fixture.url);
}

/**
 * The facts the adapter of this URL reads in a page shown, as the extension reads them: the page
 * script's half, what it shows sent as the browser sends it (as JSON), and the background's half,
 * with the dates read in the page's language.
 */
export function readFacts(doc: Document, url: string): CampaignRead[] {
  const detection = detectPage(new URL(url));
  if (!detection) throw new Error(`no adapter claims ${url}`);
  const adapter = ADAPTERS.find((a) => a.id === detection.platform)!;
  const sent: unknown = JSON.parse(JSON.stringify(adapter.read(doc, url)) ?? 'null');
  return PAGE_FACTS[detection.platform].facts(sent, detection).map((read) => withDatesRead(read, pageLang(doc)));
}

/** The rule ids the core finds for these facts, in its order. */
export const findingsOf = (facts: CampaignFacts) => checkCampaignFacts(facts, EXAMPLE_CONFIG).findings.map((f) => f.ruleId);

/** The plain values of the facts, without where they came from. */
export function valuesOf(facts: CampaignFacts): Record<string, unknown> {
  return Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, v !== null && typeof v === 'object' && 'value' in v ? v.value : v]));
}

/** Each fact's level and origin, by fact. */
export function originsOf(facts: CampaignFacts): Record<string, string> {
  return Object.fromEntries(Object.entries(facts).flatMap(([k, v]) => (v !== null && typeof v === 'object' && 'level' in v ? [[k, `${v.level as string}/${v.via as string}`]] : [])));
}
