import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { campaignUrl as apiCampaignUrl } from '../../../../packages/extension/src/facts/hubspot/source.js';
import { HUBSPOT_API_ORIGIN } from '../../../../packages/extension/src/hosts/hosts.js';
import { browserForFile, waitFor, waitForPanel, type ExtensionHarness } from '../extension-browser.js';
import { HubSpotApiStandIn, RECORDED, recordedViolations, type StandInAnswer } from '../hubspot-api.js';
import type { ServedPage } from '../https-server.js';
import { CAMPAIGN_A, campaignUrl, OWN_PAGES } from '../pages.js';

/** A private app token's shape; HubSpot never sees it. */
const TOKEN = 'pat-na1-7c1e9a52-0b3d-4f6e-9a8b-2d4c6e8f0a1b';

/** What the options page's HubSpot API section shows. Kept as source text: the test runner's transpiler would add helpers the page does not have. */
const READ_SECTION = `(() => {
  const section = document.querySelector('[data-hubspot-api]');
  if (!section) return null;
  const text = (selector) => ((section.querySelector(selector) || {}).textContent || '').replace(/\\s+/g, ' ').trim();
  return {
    state: section.getAttribute('data-hubspot-api'),
    masked: text('#hubspot-token-masked'),
    message: text('#hubspot-api-message'),
    answer: text('#hubspot-api-answer'),
    tokenField: section.querySelector('#hubspot-token') !== null,
    text: section.textContent,
  };
})()`;
interface SectionView {
  state: 'off' | 'on' | 'no-access';
  masked: string;
  message: string;
  answer: string;
  tokenField: boolean;
  text: string;
}
const readSection = (page: Page) => page.evaluate(READ_SECTION) as Promise<SectionView | null>;
const waitForSection = (page: Page, ok: (view: SectionView | null) => boolean, what: string) => waitFor(what, () => readSection(page), ok);

/**
 * How a browser answers the request that "Turn on" makes. Firefox (its prompt turned off) grants it
 * at once. Chromium opens its own prompt, which automation cannot answer: the suite then checks
 * that nothing is granted or asked and that the options and the panel say so, the user allows the
 * host on the browser's own extensions page, and "Allow access to api.hubapi.com" asks again.
 */
export interface TurnOn<B extends ExtensionHarness> {
  afterClick(browser: B, origin: string): Promise<void>;
  /** Set where the click's request waits on a prompt: how the user allows the host elsewhere. */
  allowElsewhere?(browser: B, origin: string): Promise<void>;
}

/**
 * The HubSpot API path end to end: the token entered in the options, the optional host asked for
 * from the click, the background fetching from a stand-in for api.hubapi.com (recorded answers,
 * checked against HubSpot's OpenAPI document), the panel's facts from the API, every refusal a
 * sentence in the panel and the options with the page's facts kept, and the token removed.
 */
export function hubspotApiSuite<B extends ExtensionHarness>(launch: (pages: ServedPage[]) => Promise<B>, turnOn: TurnOn<B>): void {
  const api = new HubSpotApiStandIn();
  const browser = browserForFile(launch, [...OWN_PAGES, api.page]) as () => B;
  const granted = async () => (await browser().extensionContext()).evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), HUBSPOT_API_ORIGIN);

  /** Opens campaign A and waits for a panel that `ok` accepts; closes the tab after. */
  async function campaignPanel(what: string, ok: Parameters<typeof waitForPanel>[1]) {
    const page = await browser().open(campaignUrl(CAMPAIGN_A));
    try {
      const panel = (await waitForPanel(page, ok, what))!;
      const badge = await browser().waitForBadge(await browser().tabId(page), (b) => b.text !== '');
      return { panel, badge };
    } finally {
      await page.close();
    }
  }

  test('the answers the stand-in for api.hubapi.com serves are HubSpot’s recorded ones, and match its published OpenAPI document', () => {
    assert.deepEqual(recordedViolations(), []);
  });

  test(`off, nothing asks the API; turned on with a token, ${turnOn.allowElsewhere ? 'the browser asks for api.hubapi.com and, until it is allowed, the options and the panel say so; allowed, ' : ''}campaign facts come from the HubSpot API, with the token masked`, async () => {
    const before = await campaignPanel('the page-only panel', (p) => p !== null);
    assert.match(before.panel.unread ?? '', /^Couldn't read name, status, start date, end date, budget, owner, tracking URLs on this page\.$/);
    assert.equal(api.requests.length, 0, 'the API is off: nothing is asked');
    assert.equal(await granted(), false, 'the API host is an optional permission, not granted at install');

    const options = await browser().openExtensionPage('options.html');
    await waitForSection(options, (v) => v?.state === 'off', 'the API section, off');
    // A token that cannot go in a header is refused at its field, and nothing is asked.
    await options.type('#hubspot-token', 'pat na1');
    await options.click('#hubspot-api-form button[type=submit]');
    await options.waitForSelector('#hubspot-token[aria-invalid="true"]');
    assert.equal(await options.evaluate(() => document.activeElement?.id), 'hubspot-token');
    assert.equal((await readSection(options))!.state, 'off');

    await options.$eval('#hubspot-token', (el) => ((el as HTMLInputElement).value = ''));
    await options.type('#hubspot-token', TOKEN);
    await options.click('#hubspot-api-form button[type=submit]');
    await turnOn.afterClick(browser(), HUBSPOT_API_ORIGIN);
    if (turnOn.allowElsewhere) {
      const waiting = (await waitForSection(options, (v) => v?.state === 'no-access', 'the API waiting for access'))!;
      assert.equal(waiting.masked, 'pat-na1-••••0a1b', 'the token is kept, masked');
      assert.ok(!waiting.text.includes(TOKEN), 'the token is never shown whole');
      assert.match(waiting.text, /Access to api\.hubapi\.com is not allowed: the API is not used until it is\./);
      assert.equal(await options.$eval('#hubspot-api-allow', (b) => b.textContent), 'Allow access to api.hubapi.com');
      const { panel } = await campaignPanel('the missing access in the panel', (p) => (p?.apiProblem ?? null) !== null);
      assert.equal(panel.apiProblem, "Preflight may not reach api.hubapi.com: allow it under HubSpot API in Preflight's options. Showing what the page shows.");
      assert.match(panel.unread ?? '', /^Couldn't read name, status/);
      assert.equal(api.requests.length, 0, 'nothing is asked without the host allowed');
      await turnOn.allowElsewhere(browser(), HUBSPOT_API_ORIGIN);
      await options.click('#hubspot-api-allow');
    }
    const on = (await waitForSection(options, (v) => v?.state === 'on', 'the API on'))!;
    assert.equal(on.masked, 'pat-na1-••••0a1b');
    assert.equal(on.tokenField, false);
    assert.ok(!on.text.includes(TOKEN), 'the token is never shown whole');
    assert.equal(await granted(), true);

    const { panel } = await campaignPanel('facts from the API', (p) => (p?.read ?? null) !== null);
    assert.equal(panel.read, 'Read name, status, start date, end date, budget, owner from the HubSpot API.');
    assert.equal(panel.unread, "Couldn't read tracking URLs on this page.");
    assert.equal(panel.apiProblem, null);
    assert.match(panel.text, /2026q3_emea_email_product-launch/);
    assert.equal(api.requests.length, 1);
    const [request] = api.requests;
    assert.equal(`https://api.hubapi.com${request!.path}`, apiCampaignUrl('https://api.hubapi.com', CAMPAIGN_A));
    assert.equal(request!.method, 'GET');
    assert.equal(request!.authorization, `Bearer ${TOKEN}`);
    assert.equal(request!.cookie, undefined, 'no cookie goes to the API');

    const answered = (await waitForSection(options, (v) => /^Last answer/.test(v?.answer ?? ''), 'the last answer in the options'))!;
    assert.match(answered.answer, /^Last answer, for hubspot:51657317:22eb0e01-1471-41ba-8e6a-abd2ba62c37d at .+: the campaign's facts\.$/);
  });

  test('a refusal, a network down or an answer outside the published definition is a sentence in the panel and the options; the page’s facts stand', async () => {
    const cases: { answer: StandInAnswer; problem: RegExp }[] = [
      { answer: { status: 401, body: RECORDED.unauthorized }, problem: /^HubSpot refused the private app token \(401\): it is wrong, expired or revoked\. Paste a new one in Preflight's options\. HubSpot says: Authentication credentials not found\./ },
      { answer: { status: 403, body: RECORDED.forbidden }, problem: /^The private app may not read campaigns \(403\): give it the marketing\.campaigns\.read scope in HubSpot\./ },
      { answer: 'drop', problem: /^HubSpot's API could not be reached \(.+\)\./ },
      { answer: { status: 200, body: { ...(RECORDED.campaign as object), properties: [] } }, problem: /^HubSpot's API answered with a campaign that does not match its published definition: properties: / },
    ];
    const options = await browser().openExtensionPage('options.html');
    for (const { answer, problem } of cases) {
      api.answer = answer;
      const asked = api.requests.length;
      const { panel, badge } = await campaignPanel(`the problem ${problem}`, (p) => problem.test(p?.apiProblem ?? ''));
      assert.match(panel.apiProblem!, / Showing what the page shows\.$/);
      // HubSpot's pages show nothing Preflight reads: every fact is unread again, none guessed.
      assert.equal(panel.read, null);
      assert.match(panel.unread ?? '', /^Couldn't read name, status, start date/);
      assert.match(panel.summary, /At risk/);
      assert.notEqual(badge.text, '');
      assert.ok(api.requests.length > asked, 'the API was asked');
      await waitForSection(options, (v) => problem.test(v?.answer.replace(/^Last answer, for \S+ at \S+: /, '') ?? ''), 'the problem in the options');
    }

    // A 429: said with its Retry-After, and HubSpot is not asked again before it has passed.
    api.answer = { status: 429, body: RECORDED.rateLimit, headers: { 'retry-after': '3600' } };
    const limited = /^HubSpot's API is limiting requests \(429\): Preflight asks again in 3600 seconds\. Showing what the page shows\.$/;
    await campaignPanel('the rate limit', (p) => limited.test(p?.apiProblem ?? ''));
    const asked = api.requests.length;
    api.answer = { status: 200, body: RECORDED.campaign };
    const again = await campaignPanel('the rate limit, again', (p) => p !== null);
    assert.match(again.panel.apiProblem ?? '', limited);
    assert.equal(api.requests.length, asked, 'not asked again before the Retry-After');
  });

  test('removing the token gives back the API host and the page’s facts stand alone again', async () => {
    const options = await browser().openExtensionPage('options.html');
    await waitForSection(options, (v) => v?.state === 'on', 'the token kept');
    await options.click('#hubspot-token-remove');
    const off = (await waitForSection(options, (v) => v?.state === 'off' && v.message !== '', 'the API off'))!;
    assert.equal(off.message, 'Token removed. Campaign facts on HubSpot pages come from the page again.');
    assert.equal(off.tokenField, true);
    await waitFor('the API host given back', granted, (g) => !g);
    const stored = await (await browser().extensionContext()).evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    assert.ok(!stored.includes('hubspot-api'), `nothing of the token is kept: ${stored.join(', ')}`);
    const asked = api.requests.length;
    const { panel } = await campaignPanel('the page-only panel', (p) => p !== null && p.apiProblem === null);
    assert.equal(panel.read, null);
    assert.equal(api.requests.length, asked);
  });
}
