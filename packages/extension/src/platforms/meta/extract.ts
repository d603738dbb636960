import type { Fact } from '@preflight/core/platform';
import type { FactName, Level } from '../types.js';
import { fact, safely, textOf, visible } from '../dom.js';
import { META } from './selectors.js';

/** What the editor's panel on screen shows: its level and the facts read there. */
export interface ShownPanel {
  level?: Level;
  found?: Partial<Record<FactName, Fact<unknown>>>;
}

/** A visible input's value as a fact. */
function inputFact(root: ParentNode, selector: string): Fact<string> | undefined {
  const input = visible(root, selector) as HTMLInputElement | null;
  const value = (input?.value || input?.getAttribute('value') || '').trim();
  return value ? fact(value, selector, 1) : undefined;
}

function switchStatus(root: ParentNode): Fact<string> | undefined {
  const checked = visible(root, META.statusSwitch)?.getAttribute('aria-checked');
  return checked === 'true' ? fact('ACTIVE', META.statusSwitch, 1) : checked === 'false' ? fact('PAUSED', META.statusSwitch, 1) : undefined;
}

/**
 * The page script's half of Meta's reading: what the editor's panel on screen shows, at that
 * panel's level. The campaign panel gives the name and on/off state, the ad set panel the schedule
 * (of that ad set), the ad panel its URL parameters (of that ad). Everything else is unread on this
 * page; the grid's rows are not read, since no public source shows how a row names its campaign.
 */
export function readMetaPage(doc: Document): ShownPanel {
  const tab = visible(doc, META.panelTab);
  const level = tab ? META.panels[tab.getAttribute('aria-label') ?? textOf(tab)] : undefined;
  if (!level) return {};
  const input = (selector: string) => safely(() => inputFact(doc, selector));
  if (level === 'campaign') return { level, found: { name: input(META.campaignName), status: safely(() => switchStatus(doc)) } };
  if (level === 'ad-set') return { level, found: { startDate: input(META.startDate), endDate: input(META.endDate) } };
  const params = input(META.urlParameters);
  return { level, found: { trackingUrls: params && fact([params.value], params.source, 1) } };
}
