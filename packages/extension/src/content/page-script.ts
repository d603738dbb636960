import type { PageReading } from '../platforms/types.js';
import { sendMessage } from '../messaging/protocol.js';
import { Overlay, removeLeftPanels } from '../overlay/overlay.js';
import { SettleWatcher } from './settle.js';
import { BenchProbe } from './bench-probe.js';
import { PAGE_SCRIPT_GLOBAL } from './script-path.js';
import { pageLang } from '../platforms/dom.js';

const QUIET_MS = 250;
const MAX_WAIT_MS = 3000;

/** How one platform's page script reads the campaign(s) in view: its half of the platform's page reading (PageReading). */
export type ReadPage = PageReading<unknown>['read'];

/** What a campaign page gave: what it shows of its campaigns, or why it could not be read. */
export interface PageRead {
  /** Plain data, of which the platform's PageReading makes the facts in the background; dates as the page shows them (dates.ts). */
  shown?: unknown;
  /** The page's language, in which its numeric dates are read. */
  lang?: string;
  /** The page could not be read: the host app keeps working and the panel says so. */
  error?: string;
}

/** What the background calls in a page (scripting.executeScript with a function), by name. */
export interface PageCalls {
  /** Waits for the page to settle and reads it; null when a newer call or a clear came first. */
  read(): Promise<PageRead | null>;
  /** Draws the panel's markup (made by the background), drawn `folded` or not: the user's last choice, which a first panel starts from. */
  show(panel: string, folded: boolean): void;
  /** A fold or unfold chosen in another tab. */
  fold(folded: boolean): void;
  /** This page shows no campaign any more: no panel, and no read still waiting. */
  clear(): void;
}

/**
 * The extension in one campaign page: injected by the background into the content scripts' world
 * once a tab shows a campaign (pages without one get nothing), and called by it from then on. It
 * starts reading as it is injected, and the injection answers with that read (content-build.ts),
 * so a page's first read costs it no call. The background follows the tab's URL, makes the facts
 * of what the page shows, checks them with the core and sends the panel's markup; the page only
 * waits for the DOM to settle, reads it and draws. The page uses
 * the extension's API only when the user acts on the panel: its first use costs a page about a
 * millisecond of its main thread.
 */
class PageScript implements PageCalls {
  private overlay: Overlay | undefined;
  private readonly settle: SettleWatcher;
  /** The bench probe: the release build has none, and drops the class. */
  private readonly probe = PREFLIGHT_BENCH_PROBE ? new BenchProbe() : undefined;
  private watching = false;
  /** The read started as the script was injected: what the injection answers with. */
  readonly firstRead: Promise<PageRead | null>;

  constructor(private readonly readPage: ReadPage) {
    this.settle = new SettleWatcher({
      quietMs: QUIET_MS,
      maxMs: MAX_WAIT_MS,
      ignore: () => this.overlay?.node ?? null,
      onBatch: PREFLIGHT_BENCH_PROBE ? (ms) => this.probe?.batch(ms) : undefined,
    });
    this.firstRead = this.read();
  }

  async read(): Promise<PageRead | null> {
    if (PREFLIGHT_BENCH_PROBE) this.probe?.read();
    // The previous campaign's panel goes at once: it must never describe the page now in view.
    this.overlay?.remove();
    if (!(await this.settle.wait())) return null;
    try {
      return { shown: this.readPage(document, location.href), lang: pageLang(document) };
    } catch (error) {
      console.warn(`Preflight: could not read this page.`, error);
      return { error: String(error) };
    }
  }

  show(panel: string, folded: boolean): void {
    // Made once per page: it keeps the folded state across in-app navigations, starting from the
    // user's last choice.
    this.overlay ??= new Overlay({
      folded,
      onOpenPlan: (planId) => void sendMessage('open-plan', { planId }),
      onFoldChange: (chosen) => void sendMessage('panel-folded', { folded: chosen }).catch((error: unknown) => console.warn('Preflight: could not keep the panel folded.', error)),
    });
    this.overlay.show(panel, folded);
    // After the panel is up, not in the load's tasks.
    if (!this.watching) setTimeout(() => this.watchNavigation());
    this.watching = true;
  }

  /**
   * Takes the panel away as an in-app navigation starts. The background routes the new URL and
   * draws again if it shows a campaign; a copy of this script whose extension was updated, turned
   * off or removed is never called again, and must not leave a panel describing another page.
   * Where the Navigation API is missing, such a panel stays until the page next loads.
   */
  private watchNavigation(): void {
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigate', (event) => {
      const to = (event as Event & { destination?: { url?: string } }).destination?.url;
      // A state or scroll update that keeps the URL is no new page: the background routes only URLs.
      if (to !== undefined && to !== location.href) this.overlay?.remove();
    });
  }

  fold(folded: boolean): void {
    this.overlay?.fold(folded);
  }

  clear(): void {
    this.settle.cancel();
    this.overlay?.remove();
  }
}

/**
 * Sets up this platform's page script in the content scripts' world. Injected again (a worker that
 * restarted, an extension updated while the page stayed open), it takes over: the copy before it
 * is cleared and its panel, or one an older version left, taken away.
 */
export function startPageScript(readPage: ReadPage): void {
  const world = globalThis as { [PAGE_SCRIPT_GLOBAL]?: PageCalls };
  try {
    world[PAGE_SCRIPT_GLOBAL]?.clear();
  } catch {
    // A copy from another version of the extension may not have this call.
  }
  removeLeftPanels();
  world[PAGE_SCRIPT_GLOBAL] = new PageScript(readPage);
}
