import { browser, type Browser } from 'wxt/browser';
import { detectPage, type Detection } from '../platforms/index.js';
import { PLATFORM_TITLES } from '../platforms/titles.js';
import { pageScriptPlatform } from '../hosts/hosts.js';
import { injectionAnswer, pageScriptPath, PAGE_SCRIPT_GLOBAL } from '../content/script-path.js';
import type { PageCalls, PageRead } from '../content/page-script.js';
import type { CampaignRead } from '../platforms/types.js';
import type { TabVerdict } from '../verdict/verdict.js';
import { panelMarkup } from '../overlay/markup.js';
import { pageScriptItem } from '../storage/items.js';
import { withDatesRead } from '../platforms/dates.js';
import { PAGE_FACTS } from '../platforms/page-facts.js';

/** What a call answers when the tab's page has no page script (a new document, or none injected yet). */
const MISSING = 'preflight:missing';

/** What a verdict says of the page itself, apart from its campaigns and when it was checked. */
type PageBase = Omit<TabVerdict, 'campaigns' | 'checkedAt'>;

/** The facts a tab's page gave last, kept to check again when a linked plan changes. */
interface LastRead {
  detection: Detection;
  base: PageBase;
  reads: CampaignRead[];
}

/** What the background knows of one tab's page. A worker that restarted knows nothing, and finds out. */
interface TabPage {
  /** Bumped on every route, so late answers for the previous page are dropped. */
  generation: number;
  /** The URL last routed: the same URL announced twice is read once. */
  url?: string;
  /** Whether the page has its page script: undefined until known (a restarted worker asks session storage). */
  hasScript?: boolean;
  /** The injection under way (until the read it starts is answered), so two routes at once inject once. */
  injecting?: Promise<void>;
  last?: LastRead;
  /** The markup the panel shows now, unfolded: a check that changes nothing draws nothing. */
  shown?: string;
}

export interface PageTabsDeps {
  /** The core's checks on the facts read, with the linked plans and the platform's API (null: the platform is turned off). */
  verdict(detection: Detection, base: Omit<TabVerdict, 'campaigns'>, reads: CampaignRead[]): Promise<TabVerdict | null>;
  /** Keeps the tab's verdict (the popup, the badge) and the campaigns it follows. */
  keep(tabId: number, verdict: TabVerdict): Promise<void>;
  /** The tab shows no campaign any more: verdict, badge and followed campaigns go. */
  forget(tabId: number): void;
  panelFolded(): Promise<boolean>;
  /** Whether the user has this platform's checks on in the options. */
  checksOn(platform: Detection['platform']): Promise<boolean>;
}

/**
 * The campaign pages in the browser's tabs, followed from here rather than from a content script
 * in every matching page: the tab's URL tells which platform page it shows (a full load, an in-app
 * navigation, a hash route), and only a campaign page gets its platform's page script, which the
 * background then calls to read the page and to draw the panel. A page without a campaign pays
 * nothing; a campaign page pays for reading and drawing, not for watching its URL or for the
 * extension's messaging API.
 */
export class PageTabs {
  private readonly pages = new Map<number, TabPage>();

  constructor(private readonly deps: PageTabsDeps) {}

  /** tabs.onUpdated: a new document forgets the last one; a loaded page, or a new URL in a loaded one, is routed. */
  updated(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): void {
    if (change.status === 'loading') {
      // A new document: nothing of ours is in it. Off the platforms' hosts its URL is hidden, and
      // nothing is kept or written for it (a mark left from an earlier page there is found out by
      // the call that finds no script).
      if (!tab.url) this.pages.delete(tabId);
      else {
        this.pages.set(tabId, { generation: this.page(tabId).generation + 1, hasScript: false });
        void pageScriptItem(tabId).removeValue().catch(() => undefined);
      }
      return;
    }
    // Any news of a loaded page routes it once per URL: a load, an in-app navigation, and a later
    // title or icon change for a load whose own event came while a newly installed worker started.
    if (tab.status === 'complete' && tab.url) void this.route(tabId, tab.url);
  }

  removed(tabId: number): void {
    this.pages.delete(tabId);
    void pageScriptItem(tabId).removeValue().catch(() => undefined);
  }

  /** Routes every tab open now: on install or update, pages already open are taken over. */
  async takeOver(): Promise<void> {
    const tabs = await browser.tabs.query({ status: 'complete' });
    // A tab already routed (its load completed while this ran) is not read twice.
    await Promise.all(tabs.map((tab) => (tab.id !== undefined && tab.url && !this.pages.has(tab.id) ? this.route(tab.id, tab.url) : undefined)));
  }

  /** Reads the tab's page and shows its verdict, or clears both when it shows no campaign. */
  async route(tabId: number, url: string): Promise<void> {
    const page = this.page(tabId);
    if (page.url === url) return;
    const generation = ++page.generation;
    page.url = url;
    const current = () => this.pages.get(tabId) === page && page.generation === generation;
    const detection = pageScriptPlatform(url) ? detectPage(new URL(url)) : null;
    if (!detection || detection.kind !== 'campaign' || !detection.campaignKeys.length) {
      page.last = undefined;
      page.shown = undefined;
      this.deps.forget(tabId);
      // A page the script never went into has nothing to clear.
      if (page.hasScript !== false) await this.call(tabId, 'clear', []).catch(() => undefined);
      return;
    }
    // A platform turned off in the options gets neither panel nor badge, and its pages get nothing.
    if (!(await this.deps.checksOn(detection.platform)) || !current()) return;
    let read: PageRead | null;
    try {
      let answer = await this.readInjecting(tabId, page, detection.platform, current);
      if (answer === undefined && current()) {
        // Not there after all (a page the worker thought it knew): injected, and asked again.
        page.hasScript = false;
        answer = await this.readInjecting(tabId, page, detection.platform, current);
      }
      read = answer ?? null;
    } catch (error) {
      // The tab was closed or went elsewhere, or the host is no longer ours to read.
      if (current()) console.warn('Preflight: could not read this tab.', error);
      return;
    }
    if (!read || !current()) return;
    const { reads, error } = factsShown(read, detection);
    const base: PageBase = { platform: detection.platform, platformTitle: PLATFORM_TITLES[detection.platform], url, ...(error ? { error } : {}) };
    page.last = { detection, base, reads };
    page.shown = undefined;
    await this.show(tabId, page, current);
  }

  /** A plan linked to the tab's campaigns changed: checked again from the facts it gave, and drawn again if the panel changes. */
  async recheck(tabId: number): Promise<void> {
    const page = this.pages.get(tabId);
    if (page?.last) {
      const generation = page.generation;
      return this.show(tabId, page, () => this.pages.get(tabId) === page && page.generation === generation);
    }
    // A worker that restarted has no facts: the page is read again.
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (tab?.url && tab.status === 'complete') {
      this.pages.delete(tabId);
      await this.route(tabId, tab.url);
    }
  }

  /** A fold or unfold chosen in one tab, for the panels in these others. */
  async fold(tabIds: number[], folded: boolean): Promise<void> {
    await Promise.all(tabIds.map((tabId) => this.call(tabId, 'fold', [folded]).catch(() => undefined)));
  }

  private async show(tabId: number, page: TabPage, current: () => boolean): Promise<void> {
    const { detection, base, reads } = page.last!;
    const [verdict, folded] = await Promise.all([this.deps.verdict(detection, { ...base, checkedAt: new Date().toISOString() }, reads), this.deps.panelFolded()]);
    // A platform turned off in the options gets neither panel nor badge.
    if (!current() || verdict === null) return;
    await this.deps.keep(tabId, verdict);
    // Compared unfolded: a fold since the last draw is the page's to show, not a reason to draw again.
    const shown = panelMarkup(verdict);
    if (!current() || shown === page.shown) return;
    page.shown = shown;
    const panel = folded ? panelMarkup(verdict, true) : shown;
    await this.call(tabId, 'show', [panel, folded]).catch((error: unknown) => current() && console.warn('Preflight: could not draw the panel.', error));
  }

  private page(tabId: number): TabPage {
    let page = this.pages.get(tabId);
    if (!page) this.pages.set(tabId, (page = { generation: 0 }));
    return page;
  }

  /**
   * Reads the tab's page, putting the platform's page script in first if it is not there: its
   * injection answers with the read it starts. Undefined when the page has no page script after all.
   */
  private async readInjecting(tabId: number, page: TabPage, platform: Detection['platform'], current: () => boolean): Promise<PageRead | null | undefined> {
    const injected = await this.inject(tabId, page, platform);
    if (!current()) return null;
    return injected !== undefined ? injected : this.call(tabId, 'read', []);
  }

  /**
   * Puts the platform's page script into the tab's page, once per document, and answers with the
   * read it starts; undefined when it was there already or another route put it in (that route
   * has its answer), or when the injection gave no read (see injectionAnswer): the page is asked.
   */
  private async inject(tabId: number, page: TabPage, platform: Detection['platform']): Promise<PageRead | undefined> {
    page.hasScript ??= await pageScriptItem(tabId).getValue();
    if (page.hasScript) return undefined;
    if (page.injecting) {
      await page.injecting;
      return undefined;
    }
    const injecting = browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [pageScriptPath(platform)] }).then(async ([injection]) => {
      page.hasScript = true;
      await pageScriptItem(tabId).setValue(true);
      return injectionAnswer(injection?.result);
    });
    // Another route waits for it to be in, not for its outcome: a failed one is injected again.
    page.injecting = injecting.then(() => undefined, () => undefined).finally(() => (page.injecting = undefined));
    return injecting;
  }

  /** Calls the page script in the tab's top frame; undefined when the page has none. */
  private async call<K extends keyof PageCalls>(tabId: number, name: K, args: Parameters<PageCalls[K]>): Promise<Awaited<ReturnType<PageCalls[K]>> | undefined> {
    const [answer] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      // Runs in the page's content-script world: it can use nothing from here but its arguments.
      func: (global: string, call: string, callArgs: unknown[], missing: string) => {
        const script = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown> | undefined>)[global];
        return script ? script[call]!(...callArgs) : missing;
      },
      args: [PAGE_SCRIPT_GLOBAL, name, args, MISSING],
    });
    const result = answer?.result as Awaited<ReturnType<PageCalls[K]>> | typeof MISSING | undefined;
    return result === MISSING ? undefined : result;
  }
}

/** The facts of what the page showed, its dates read in the page's language; or why there are none. */
function factsShown(read: PageRead, detection: Detection): { reads: CampaignRead[]; error?: string } {
  if (read.error !== undefined) return { reads: [], error: read.error };
  try {
    return { reads: PAGE_FACTS[detection.platform].facts(read.shown, detection).map((r) => withDatesRead(r, read.lang ?? 'en-US')) };
  } catch (error) {
    // A page script from another version of the extension may send what this one does not know.
    console.warn('Preflight: could not make facts of what this page showed.', error);
    return { reads: [], error: String(error) };
  }
}
