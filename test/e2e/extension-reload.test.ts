import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CDPSession, Page } from 'puppeteer-core';
import { browserForFile, ExtensionBrowser, waitFor, waitForPanel } from './support/extension-browser.js';
import { CAMPAIGN_A, CAMPAIGN_B, campaignKey, campaignUrl, OWN_PAGES } from './support/pages.js';

const browser = browserForFile(ExtensionBrowser.launch, OWN_PAGES);

/**
 * A client-side route change as the platforms' apps make one: a new URL, and the app's own root
 * rendered again, the rest of the body (where the panel is) left alone. The panel must go by the
 * script's doing, not because the page replaced the whole body.
 */
const routeInApp = (page: Page, url: string, heading: string) =>
  page.evaluate(
    (u, h) => {
      history.pushState({}, '', u);
      document.querySelector('main')!.replaceChildren(Object.assign(document.createElement('h2'), { textContent: h }));
    },
    url,
    heading,
  );

/** Evaluates an expression in the content script's own world of the page (Chromium names it after the extension). */
async function scriptWorld(page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.createCDPSession();
  const worlds: { id: number; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.name === 'Preflight');
  if (!world) throw new Error(`no content script world in the page; worlds: ${JSON.stringify(worlds.map((w) => w.name))}`);
  return async (expression) => (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })).result.value;
}

test("when the extension is reloaded (as on an update), the script's copy left in an open page takes its panel away at the next in-app navigation and draws no new one, without an error", async () => {
  const harness = browser() as ExtensionBrowser;
  const page = await harness.open(campaignUrl(CAMPAIGN_A));
  await waitForPanel(page, (p) => p?.keys[0] === campaignKey(CAMPAIGN_A), 'campaign A in the panel');
  const inScript = await scriptWorld(page);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));

  const worker = await harness.worker();
  void worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  // The page stays open; the copy of the script in it has lost the extension.
  await waitFor("the script's copy to lose the extension", () => inScript('String(chrome.runtime?.id)'), (id) => id === 'undefined');

  await routeInApp(page, campaignUrl(CAMPAIGN_B), 'Q3 webinar copy');
  await waitForPanel(page, (p) => p === null, 'the old copy to take its panel away');
  // Back to a campaign: the copy that ended does nothing more, so the page stays as the app left it.
  await routeInApp(page, campaignUrl(CAMPAIGN_A), '2026q3_emea_email_product-launch');
  assert.equal(await page.evaluate(() => document.querySelectorAll('preflight-overlay').length), 0);
  assert.deepEqual(problems, []);
});
