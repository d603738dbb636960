import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ConnectProxy } from './connect-proxy.js';
import { ExtensionHarness, serveFixtures, waitFor } from './extension-browser.js';
import { ensureExtensionBuilt, FIREFOX_BUILD } from './extension-build.js';
import { findFirefox } from './firefox.js';
import type { FixtureServer, ServedPage } from './https-server.js';

/** The part of puppeteer's BiDi frame used to open extension pages (not in its public types). */
interface BidiContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown>;
}

/**
 * Opens a moz-extension:// page in a tab. Puppeteer's own `goto` waits for navigation events that
 * Firefox does not send for extension pages and times out; the BiDi command itself completes.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { browsingContext?: BidiContext }).browsingContext;
  if (typeof context?.navigate !== 'function') throw new Error('this puppeteer-core no longer exposes the frame\'s BiDi browsing context');
  await context.navigate(url, 'complete');
  const href = await page.evaluate(() => location.href);
  if (href !== url) throw new Error(`the extension page did not open: the tab is at ${href}`);
}

/**
 * Firefox (WebDriver BiDi) with the built MV3 extension installed as a temporary add-on, and fixture
 * pages under the platforms' real host names through a local proxy. The extension's API is reached
 * from one of its own pages, kept open in a tab.
 */
export class FirefoxExtensionBrowser extends ExtensionHarness {
  private constructor(
    browser: Browser,
    server: FixtureServer,
    private readonly proxy: ConnectProxy,
    readonly extensionOrigin: string,
    private readonly extensionPage: Page,
  ) {
    super(browser, server);
  }

  /** `prefs`: more Firefox preferences, for a suite that needs the browser set up differently. */
  static async launch(pages: ServedPage[], prefs: Record<string, unknown> = {}): Promise<FirefoxExtensionBrowser> {
    ensureExtensionBuilt();
    const geckoId = (JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
    // Firefox picks a random origin per install; this pref fixes it, so the tests know where its pages are.
    const uuid = randomUUID();
    const { server, hosts } = await serveFixtures(pages);
    const proxy = new ConnectProxy(hosts, server.port);
    let browser: Browser | undefined;
    try {
      await proxy.start();
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        // The fixture server's certificate is self-signed.
        acceptInsecureCerts: true,
        // Lets WebDriver BiDi open moz-extension:// pages.
        args: ['-remote-allow-system-access'],
        extraPrefsFirefox: {
          'network.proxy.type': 1,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxy.port,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxy.port,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
          ...prefs,
        },
      });
      const installed = await browser.installExtension(resolve(FIREFOX_BUILD));
      if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
      const origin = `moz-extension://${uuid}`;
      const extensionPage = await browser.newPage();
      await openExtensionPage(extensionPage, `${origin}/plan.html`);
      return new FirefoxExtensionBrowser(browser, server, proxy, origin, extensionPage);
    } catch (error) {
      // Nobody else holds these yet: a failed launch must not leave a browser or a listening server behind.
      await browser?.close().catch(() => undefined);
      await proxy.stop();
      await server.stop();
      throw error;
    }
  }

  extensionUrl(path: string): string {
    return `${this.extensionOrigin}/${path}`;
  }

  override async openExtensionPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    await openExtensionPage(page, this.extensionUrl(path));
    await page.bringToFront();
    return page;
  }

  /** Puppeteer does not learn the URL of a tab showing an extension page: each tab is asked where it is. */
  override async waitForExtensionPage(path: string): Promise<Page> {
    const url = this.extensionUrl(path);
    const at = async (page: Page) => page.evaluate(() => location.href).catch(() => '');
    const find = async () => {
      for (const page of await this.browser.pages()) if (page !== this.extensionPage && (await at(page)) === url) return page;
      return null;
    };
    return (await waitFor(`a tab at ${url}`, find, (page) => page !== null))!;
  }

  /** Every `host:port` the browser tried to reach through the proxy. */
  get hostsAsked(): readonly string[] {
    return this.proxy.asked;
  }

  extensionContext(): Promise<Page> {
    return Promise.resolve(this.extensionPage);
  }

  protected override keeps(page: Page): boolean {
    return page === this.extensionPage || super.keeps(page);
  }

  override async close(): Promise<void> {
    try {
      await super.close();
    } finally {
      await this.proxy.stop();
    }
  }
}
