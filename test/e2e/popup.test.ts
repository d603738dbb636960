import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExtensionBrowser, readPopup, waitForPanel, type Finding } from './support/extension-browser.js';
import { CAMPAIGN_A, CAMPAIGN_B, campaignUrl, hubspotUrl, HUBSPOT_PORTAL, OWN_PAGES } from './support/pages.js';

let browser: ExtensionBrowser;
before(async () => {
  browser = await ExtensionBrowser.launch(OWN_PAGES);
});
afterEach(() => browser?.closePages());
after(() => browser?.close());

const STATES: Record<string, string> = { Blocked: 'blocked', 'At risk': 'at-risk', Ready: 'ready' };

/** The panel's failing findings, in order. */
const PANEL_FINDINGS = `Array.from(document.querySelector('preflight-overlay').shadowRoot.querySelectorAll('li[data-rule]:not([data-severity="info"])'), (li) => {
  const clean = (selector) => li.querySelector(selector).textContent.replace(/\\s+/g, ' ').trim();
  return { severity: clean('.severity'), message: clean('.message'), fix: clean('.fix') };
})`;

for (const [guid, label] of [
  [CAMPAIGN_B, 'campaign B (at risk: nothing read off a HubSpot page)'],
  [CAMPAIGN_A, 'campaign A'],
] as const) {
  test(`the popup opened from the toolbar on ${label} gives the panel's verdict: state, score, failing count and top findings`, async () => {
    const page = await browser.open(campaignUrl(guid));
    const panel = (await waitForPanel(page, (p) => p !== null))!;
    // "Preflight · HubSpot Blocked 40/100 · 3 failing"
    const [, stateLabel, score, failing] = /(Blocked|At risk|Ready)\s+(?:(\d+)\/100 · )?(\d+) failing/.exec(panel.summary) ?? [];
    assert.ok(stateLabel, `the panel summary reads "${panel.summary}"`);
    const panelFindings = (await page.evaluate(PANEL_FINDINGS)) as Finding[];

    const popup = await browser.openPopup();
    const view = (await readPopup(popup))!;
    await popup.close();
    assert.equal(view.heading, panel.platform);
    assert.equal(view.verdict, STATES[stateLabel]);
    assert.equal(view.state, stateLabel);
    assert.match(view.line, new RegExp(`score ${score ?? '–'}/100 · ${failing} failing$`));
    assert.equal(view.findings.length, Math.min(5, panelFindings.length));
    assert.deepEqual(view.findings, panelFindings.slice(0, 5));
    if (panelFindings.length > 5) assert.match(view.text, new RegExp(`and ${panelFindings.length - 5} more on the page's panel`));
  });
}

test('the popup on a page with no campaign says so', async () => {
  const page = await browser.open(hubspotUrl(`contacts/${HUBSPOT_PORTAL}/objects/0-1/views/all/list`));
  const tabId = await browser.tabId(page);
  await browser.waitForBadge(tabId, (b) => b.text === '');
  const popup = await browser.openPopup();
  const view = (await readPopup(popup))!;
  await popup.close();
  assert.equal(view.verdict, 'none');
  assert.equal(view.line, 'No campaign on this page.');
  assert.deepEqual(view.findings, []);
});

test('the popup follows the active tab: a campaign tab, then a page with no campaign in front of it', async () => {
  const campaign = await browser.open(campaignUrl(CAMPAIGN_B));
  await waitForPanel(campaign, (p) => p !== null);
  const first = await browser.openPopup();
  assert.equal((await readPopup(first))!.verdict, 'at-risk');
  await first.close();

  await browser.open(hubspotUrl(`contacts/${HUBSPOT_PORTAL}/objects/0-1/views/all/list`));
  const second = await browser.openPopup();
  assert.equal((await readPopup(second))!.verdict, 'none');
  await second.close();
});
