import { setTimeout as sleep } from 'node:timers/promises';
import type { ReadinessState } from '@preflight/core';
import { BADGE_COLOURS } from '../../../packages/extension/src/verdict/badge.js';
import { resolve } from 'node:path';
import { after, afterEach, before } from 'node:test';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.js';
import { CHROME_BUILD, ensureExtensionBuilt } from './extension-build.js';
import { FixtureServer, type ServedPage } from './https-server.js';

/** A host the extension does not run on, serving the same pages: the "before" of a page. */
export const CONTROL_HOST = 'fixtures.preflight.test';

/** What the panel shows, read from its shadow root. */
export interface PanelView {
  platform: string;
  expanded: boolean;
  summary: string;
  keys: string[];
  rules: string[];
  severities: string[];
  blockers: string[];
  gates: string[];
  error: boolean;
  /** "Couldn't read … on this page." lines, one per campaign, joined. */
  unread: string | null;
  /** "Read … from … on this page." lines, joined. */
  read: string | null;
  /** The dates whose day and month could be either way round, with the reading taken, joined. */
  doubt: string | null;
  /** Why a platform's API, turned on, gave nothing, one line per campaign, joined. */
  apiProblem: string | null;
  /** The quiet note that an API not open here left the facts to the page, joined. */
  apiNote: string | null;
  text: string;
}

export interface Badge {
  text: string;
  colour: [number, number, number, number];
}

/** The badge's colour for each readiness state, as the browser reports it (RGBA): the extension's own table, read from hex. */
export const BADGE_RGBA = Object.fromEntries(
  Object.entries(BADGE_COLOURS).map(([state, hex]) => [state, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).concat(255) as Badge['colour']]),
) as Record<ReadinessState, Badge['colour']>;

const WAIT_STEPS = 300;
const STEP_MS = 100;

/** Polls until `read` returns a value `ok` accepts; fails with the last value seen. */
export async function waitFor<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < WAIT_STEPS; i++) {
    last = await read();
    if (ok(last)) return last;
    await sleep(STEP_MS);
  }
  throw new Error(`gave up waiting for ${what}; last seen: ${JSON.stringify(last)}`);
}

/** Starts a browser with the built extension, serving these pages under their real host names. */
export type Launch = (pages: ServedPage[]) => Promise<ExtensionHarness>;

/**
 * One browser for a test file: launched before its tests, its tabs closed after each, closed after
 * them all. Returns how the tests reach it.
 */
export function browserForFile(launch: Launch, pages: ServedPage[]): () => ExtensionHarness {
  let browser: ExtensionHarness | undefined;
  before(async () => {
    browser = await launch(pages);
  });
  afterEach(() => browser?.closePages());
  after(() => browser?.close());
  return () => {
    if (!browser) throw new Error('the browser did not launch');
    return browser;
  };
}

/** Code that runs with the extension's API in reach: Chromium's service worker, an extension page in Firefox. */
export type ExtensionContext = Pick<WebWorker, 'evaluate'>;

/**
 * Serves the pages on 127.0.0.1, each also under the control host where the extension does not run.
 * Returns the server and the host names the browser must send to it.
 */
export async function serveFixtures(pages: ServedPage[]): Promise<{ server: FixtureServer; hosts: Set<string> }> {
  const server = new FixtureServer();
  const hosts = new Set<string>([CONTROL_HOST]);
  for (const page of pages) {
    server.add(page);
    hosts.add(new URL(page.url).hostname);
    if (page.respond) continue;
    const control = new URL(page.url);
    server.add({ url: `https://${CONTROL_HOST}/${control.hostname}${control.pathname}${control.search}`, html: page.html });
  }
  await server.start();
  return { server, hosts };
}

/** A browser with the built extension, whatever the browser: tabs, the badge, and the fixture server behind them. */
export abstract class ExtensionHarness {
  protected constructor(
    readonly browser: Browser,
    readonly server: FixtureServer,
  ) {}

  /** Where functions that call the extension's API (`chrome.*`) are evaluated. */
  abstract extensionContext(): Promise<ExtensionContext>;

  /** The URL of a file of the extension. */
  abstract extensionUrl(path: string): string;

  /** Opens one of the extension's pages in a new, active tab. */
  openExtensionPage(path: string): Promise<Page> {
    return this.open(this.extensionUrl(path));
  }

  /** Waits for a tab showing one of the extension's pages (opened by the extension) and gives its page. */
  async waitForExtensionPage(path: string): Promise<Page> {
    const url = this.extensionUrl(path);
    const target = await this.browser.waitForTarget((t) => t.url() === url);
    const page = await target.page();
    if (!page) throw new Error(`${url} has no page`);
    return page;
  }

  /** Pages that stay open between tests. */
  protected keeps(page: Page): boolean {
    return page.url() === 'about:blank';
  }

  /** The same page on the control host, where the extension does not run. */
  static controlUrl(url: string): string {
    const u = new URL(url);
    return `https://${CONTROL_HOST}/${u.hostname}${u.pathname}${u.search}${u.hash}`;
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      await this.server.stop();
    }
  }

  /** Closes every tab the tests opened, so tab lookups by URL stay unambiguous. */
  async closePages(): Promise<void> {
    for (const page of await this.browser.pages()) if (!this.keeps(page)) await page.close();
  }

  /** Opens a URL in a new, active tab. */
  async open(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  }

  /** The tab id of a page, as the extension sees it (matched by URL: the host is one the extension may read). */
  async tabId(page: Page): Promise<number> {
    const url = page.url().split('#')[0]!;
    const context = await this.extensionContext();
    const ids = await context.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url?.split('#')[0] === u).map((t) => t.id!), url);
    if (ids.length !== 1) throw new Error(`expected one tab at ${url}, found ${ids.length}`);
    return ids[0]!;
  }

  async badge(tabId: number): Promise<Badge> {
    const context = await this.extensionContext();
    return context.evaluate(async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      colour: (await chrome.action.getBadgeBackgroundColor({ tabId: id })) as [number, number, number, number],
    }), tabId);
  }

  waitForBadge(tabId: number, ok: (badge: Badge) => boolean): Promise<Badge> {
    return waitFor(`the badge of tab ${tabId}`, () => this.badge(tabId), ok);
  }
}

/** The part of chrome://extensions' private API behind its "Site access" controls. */
interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
  removeHostPermission(extensionId: string, host: string): Promise<void>;
}

/** Chromium with the built extension, and fixture pages served under the platforms' real host names. */
export class ExtensionBrowser extends ExtensionHarness {
  private constructor(
    browser: Browser,
    server: FixtureServer,
    readonly extensionId: string,
  ) {
    super(browser, server);
  }

  /** `extension`: an unpacked Chrome build's folder, the test build unless given (the bench's release and baseline copies). */
  static async launch(pages: ServedPage[], extension = resolve(CHROME_BUILD)): Promise<ExtensionBrowser> {
    ensureExtensionBuilt();
    const { server, hosts } = await serveFixtures(pages);
    // Nothing reaches the network; loopback addresses stay reachable as themselves (the team server the team plan tests start).
    const rules = [...[...hosts].map((h) => `MAP ${h}:443 127.0.0.1:${server.port}`), 'EXCLUDE 127.0.0.1', 'MAP * ~NOTFOUND'].join(', ');
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      pipe: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')),
        `--load-extension=${extension}`,
        `--disable-extensions-except=${extension}`,
        `--host-resolver-rules=${rules}`,
        '--ignore-certificate-errors',
      ],
      });
      const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
      const extensionId = new URL(target.url()).host;
      // Its first run has registered its listeners: a tab's events before that would never reach it
      // (the browser learns of them from that run), as with any extension in its first moments.
      const worker = (await target.worker())!;
      await waitFor('the service worker to run', () => worker.evaluate('typeof chrome?.runtime?.id').catch(() => 'starting'), (kind) => kind === 'string');
      return new ExtensionBrowser(browser, server, extensionId);
    } catch (error) {
      // Nobody else holds these yet: a failed launch must not leave a browser or a listening server behind.
      await browser?.close().catch(() => undefined);
      await server.stop();
      throw error;
    }
  }

  extensionUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  /**
   * Changes the extension's site access as a user does on its details page in chrome://extensions
   * (adding or removing a site under "Site access"), through the private API behind those controls.
   * Chromium refuses `permissions.remove` for hosts the manifest requires, so the extension itself
   * cannot withhold them; and a host allowed here is one a later `permissions.request` gets without
   * a prompt (a prompt automation cannot answer).
   */
  async siteAccess(change: 'add' | 'remove', origins: string[]): Promise<void> {
    const page = await this.browser.newPage();
    try {
      await page.goto(`chrome://extensions/?id=${this.extensionId}`, { waitUntil: 'load' });
      await page.evaluate(
        async (id, hosts, add) => {
          const api = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
          for (const host of hosts) await (add ? api.addHostPermission(id, host) : api.removeHostPermission(id, host));
        },
        this.extensionId,
        origins,
        change === 'add',
      );
    } finally {
      await page.close();
    }
  }

  extensionContext(): Promise<WebWorker> {
    return this.worker();
  }

  /** The service worker, started again if it was stopped. */
  async worker(): Promise<WebWorker> {
    const existing = this.browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(this.extensionUrl('')));
    if (existing) return (await existing.worker())!;
    // Any extension page wakes the worker up.
    const page = await this.browser.newPage();
    await page.goto(this.extensionUrl('plan.html'));
    const target = await this.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(this.extensionUrl('')));
    await page.close();
    return (await target.worker())!;
  }

  /** The popup of the active tab, opened as from the toolbar (the caller closes it). */
  async openPopup(): Promise<Page> {
    const worker = await this.worker();
    const isPopup = (t: Target) => t.url() === this.extensionUrl('popup.html');
    // A popup left open would be found instead of the new one.
    for (const target of this.browser.targets().filter(isPopup)) await (await target.asPage())?.close();
    await worker.evaluate(() => chrome.action.openPopup());
    const target = await this.browser.waitForTarget(isPopup);
    const popup = await target.asPage();
    if (!popup) throw new Error('the popup target has no page');
    await waitFor('the popup verdict', () => readPopup(popup), (v) => v !== null);
    return popup;
  }

  /** Stops the extension's service worker, as Chrome does to an idle one. */
  async stopWorker(): Promise<void> {
    const target = this.browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(this.extensionUrl('')));
    if (!target) return;
    const worker = await target.worker();
    await worker?.close();
    await waitFor('the service worker to stop', async () => this.browser.targets().some((t) => t.type() === 'service_worker' && t.url().startsWith(this.extensionUrl(''))), (running) => !running);
  }
}

/**
 * Reads the panel from the page's main world (the shadow root is open). Kept as source text:
 * the test runner's transpiler would add helpers to a function that the page does not have.
 */
const READ_PANEL = `(() => {
  const hosts = document.querySelectorAll('preflight-overlay');
  if (hosts.length > 1) throw new Error(hosts.length + ' panels on the page');
  const root = hosts[0] && hosts[0].shadowRoot;
  const panel = root && root.querySelector('.panel');
  if (!root || !panel) return null;
  const attrs = (selector, attr) => Array.from(root.querySelectorAll(selector), (e) => e.getAttribute(attr) || '');
  const texts = (selector) => Array.from(root.querySelectorAll(selector), (e) => (e.textContent || '').replace(/\\s+/g, ' ').trim());
  const toggle = root.querySelector('button.toggle');
  return {
    platform: toggle.querySelector('.title').textContent,
    expanded: toggle.getAttribute('aria-expanded') === 'true',
    summary: toggle.textContent.replace(/\\s+/g, ' ').trim(),
    keys: attrs('section.campaign', 'data-key'),
    rules: attrs('li[data-rule]', 'data-rule'),
    severities: attrs('li[data-rule]', 'data-severity'),
    blockers: texts('li[data-blocker]'),
    gates: texts('li[data-gate]'),
    error: root.querySelector('.error') !== null,
    unread: texts('p.unread').join(' | ') || null,
    read: texts('p.read').join(' | ') || null,
    doubt: texts('p.doubt').join(' | ') || null,
    apiProblem: texts('p.api-problem').join(' | ') || null,
    apiNote: texts('p.api-note').join(' | ') || null,
    text: panel.innerText,
  };
})()`;

export function readPanel(page: Page): Promise<PanelView | null> {
  return page.evaluate(READ_PANEL) as Promise<PanelView | null>;
}

export function waitForPanel(page: Page, ok: (panel: PanelView | null) => boolean, what = 'the panel'): Promise<PanelView | null> {
  return waitFor(what, () => readPanel(page), ok);
}

/** A finding as the popup or the panel shows it. */
export interface Finding {
  severity: string;
  message: string;
  /** "Fix: …" */
  fix: string;
}

/** What the popup shows: the verdict, and the findings it lists with their fix hints. */
export interface PopupView {
  verdict: string;
  heading: string;
  state: string;
  line: string;
  findings: Finding[];
  text: string;
}

const READ_POPUP = `(() => {
  const verdict = document.querySelector('[data-verdict]');
  if (!verdict) return null;
  const clean = (e) => ((e && e.textContent) || '').replace(/\\s+/g, ' ').trim();
  return {
    verdict: verdict.getAttribute('data-verdict'),
    heading: clean(document.querySelector('h1')),
    state: clean(verdict.querySelector('.state')),
    line: clean(verdict),
    findings: Array.from(document.querySelectorAll('ul.findings > li'), (li) => ({
      severity: clean(li.querySelector('.severity')),
      message: Array.from(li.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').replace(/\\s+/g, ' ').trim(),
      fix: clean(li.querySelector('.muted')),
    })),
    text: document.body.innerText,
  };
})()`;

export function readPopup(popup: Page): Promise<PopupView | null> {
  return popup.evaluate(READ_POPUP) as Promise<PopupView | null>;
}
