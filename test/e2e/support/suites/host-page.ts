import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { browserForFile, ExtensionHarness, waitForPanel, type Launch } from '../extension-browser.js';
import { CAMPAIGN_A, campaignUrl, OWN_PAGES, SALESFORCE_RECORD_URL } from '../pages.js';

/** The page's DOM without the overlay's node, plus every host element's computed style. */
const SNAPSHOT = `(() => {
  const clone = document.documentElement.cloneNode(true);
  clone.querySelectorAll('preflight-overlay').forEach((n) => n.remove());
  const styles = Array.from(document.querySelectorAll('body *:not(preflight-overlay)'), (e) => {
    const s = getComputedStyle(e);
    return [e.tagName, s.color, s.fontFamily, s.fontSize, s.padding, s.background].join('|');
  });
  return { html: clone.outerHTML, styles, title: document.title };
})()`;

const snapshot = (page: Page) => page.evaluate(SNAPSHOT) as Promise<{ html: string; styles: string[]; title: string }>;

/** The overlay respects its host: the page's DOM and styles stay as they were, and the page's styles stay out of the panel. */
export function hostPageSuite(launch: Launch): void {
  const browser = browserForFile(launch, OWN_PAGES);

  test('the host page is unchanged outside the overlay: same DOM and same styles as without the extension', async () => {
    const url = campaignUrl(CAMPAIGN_A);
    const control = await browser().open(ExtensionHarness.controlUrl(url));
    const before = await snapshot(control);
    const page = await browser().open(url);
    await waitForPanel(page, (p) => p !== null);
    // Use the panel too: collapse and expand it.
    await page.click('preflight-overlay >>> button.toggle');
    await page.click('preflight-overlay >>> button.toggle');
    assert.deepEqual(await snapshot(page), before);
    assert.equal(await page.evaluate(() => document.querySelectorAll('preflight-overlay').length), 1);
  });

  test("the page's styles do not reach into the panel", async () => {
    const page = await browser().open(campaignUrl(CAMPAIGN_A));
    await waitForPanel(page, (p) => p !== null);
    const style = await page.$eval('preflight-overlay >>> button.toggle', (b) => {
      const s = getComputedStyle(b);
      return { fontSize: s.fontSize, background: s.backgroundColor, font: s.fontFamily, spacing: s.letterSpacing };
    });
    assert.equal(style.fontSize, '14px');
    assert.notEqual(style.background, 'rgb(255, 0, 255)');
    assert.doesNotMatch(style.font, /Comic Sans/);
    assert.equal(style.spacing, 'normal');
  });

  test('the panel works from the keyboard: a real toggle button with aria-expanded, Escape collapses and keeps focus', async () => {
    const page = await browser().open(campaignUrl(CAMPAIGN_A));
    await waitForPanel(page, (p) => p?.expanded === true);
    const toggle = (await page.$('preflight-overlay >>> button.toggle'))!;
    const box = (await toggle.boundingBox())!;
    assert.ok(box.height >= 24 && box.width >= 24, 'the toggle is at least 24px square');
    await toggle.focus();
    await page.keyboard.press('Escape');
    await waitForPanel(page, (p) => p?.expanded === false, 'the panel to collapse');
    assert.equal(await page.$eval('preflight-overlay >>> #preflight-body', (b) => (b as HTMLElement).hidden), true);
    assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className), 'toggle');
    await page.keyboard.press('Enter');
    await waitForPanel(page, (p) => p?.expanded === true, 'the panel to expand');
    // ' ' rather than 'Space': WebDriver BiDi (Firefox) knows keys by the character they type.
    await page.keyboard.press(' ');
    await waitForPanel(page, (p) => p?.expanded === false, 'Space to collapse it');
    // The choice is kept for the panels drawn afterwards: leave it unfolded for the next test.
    await page.keyboard.press('Enter');
    await waitForPanel(page, (p) => p?.expanded === true, 'the panel to expand again');
  });

  test('text read from the page is shown as text, never as markup', async () => {
    const page = await browser().open(SALESFORCE_RECORD_URL);
    await waitForPanel(page, (p) => p !== null);
    // The app renames the campaign to something that looks like markup, then navigates in-app to it again.
    await page.evaluate(() => {
      document.querySelector('[data-target-selection-name="sfdc:RecordField.Campaign.Name"] lightning-formatted-text')!.textContent = '<img src=x onerror="window.pwned=1">';
      history.pushState({}, '', location.pathname + '?view=details');
    });
    const panel = await waitForPanel(page, (p) => p?.text.includes('<img') === true, 'the new name in the panel');
    assert.ok(panel);
    assert.equal(await page.$('preflight-overlay >>> img'), null);
    assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
  });
}
