import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { exportPlansJson } from '@preflight/core/exchange';
import { makeBlocker, makeItem, makePlan } from '../../packages/core/src/testing/factories.js';
import { ExtensionBrowser, waitForPanel } from './support/extension-browser.js';
import { axeViolations, bodyLuminance, COLOR_SCHEMES, describeViolations, smallTargets } from './support/accessibility.js';
import { CAMPAIGN_A, CAMPAIGN_B, campaignKey, campaignUrl, hubspotUrl, HUBSPOT_PORTAL, OWN_PAGES } from './support/pages.js';

let browser: ExtensionBrowser;
before(async () => {
  browser = await ExtensionBrowser.launch(OWN_PAGES);
});
afterEach(() => browser?.closePages());
after(() => browser?.close());

/** Zero axe violations, no target under 24 px, and light text on a dark page when dark is asked for. */
async function assertAccessible(page: Page, what: string): Promise<void> {
  for (const scheme of COLOR_SCHEMES) {
    const violations = await axeViolations(page, scheme);
    assert.deepEqual(violations, [], `${what}, ${scheme}:\n${describeViolations(violations)}`);
    assert.deepEqual(await smallTargets(page), [], `${what}, ${scheme}: targets under 24 px`);
    if (scheme === 'dark') {
      const { text, background } = await bodyLuminance(page);
      assert.ok(text > 0.5 && background < 0.05, `${what} follows the dark scheme (text ${text.toFixed(2)}, background ${background.toFixed(2)})`);
    }
  }
}

/** The focused control's id, else its name, else its text. */
/** The focused control's id (or name, or text), inside the shadow root of the element that holds focus, if any. */
const focusedId = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement as HTMLInputElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLInputElement;
    return el?.id || el?.name || el?.textContent?.trim() || '';
  });

/** The rules form's fields are in the settings element's shadow root: puppeteer's `>>>` reaches them. */
const RULES = 'preflight-team-settings >>>';

/** Empties a field (as the form reads it), then types into it with real key presses (focus stays there). */
async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.$eval(selector, (el) => {
    (el as HTMLInputElement).value = '';
    el.dispatchEvent(new Event('input'));
  });
  await page.focus(selector);
  await page.keyboard.type(text);
}

test('the panel on a host page with its own hostile styles has no axe violations in light or dark, takes no focus at load and is next after the page in Tab order', async () => {
  const page = await browser.open(campaignUrl(CAMPAIGN_B));
  await page.focus('main button');
  await waitForPanel(page, (p) => p !== null);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'A host button', 'the host page keeps its focus');
  for (const scheme of COLOR_SCHEMES) {
    const violations = await axeViolations(page, scheme, 'preflight-overlay');
    assert.deepEqual(violations, [], `panel, ${scheme}:\n${describeViolations(violations)}`);
  }
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className), 'toggle');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-expanded')), 'false', 'Escape collapses the panel');
});

async function openOptions(): Promise<Page> {
  const options = await browser.open(browser.extensionUrl('options.html'));
  await options.waitForSelector('preflight-team-settings >>> form');
  return options;
}

/** Sets a field of the rules form (in the settings element's shadow root) and the event it reads. */
const fillRule = (page: Page, id: string, value: string) =>
  page.$eval(`preflight-team-settings >>> #${id}`, (el, text) => {
    (el as HTMLInputElement).value = text;
    el.dispatchEvent(new Event('input'));
  }, value);
const rulesStatusSays = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('preflight-team-settings')?.shadowRoot?.querySelector('[part=status]')?.textContent?.includes(t), {}, text);

const plan = makePlan({
  id: 'emea-launch',
  blockers: [makeBlocker({ id: 'blk-crm', title: 'Lead source field mapping is broken' })],
  checklist: [makeItem({ id: 'lp-qa', label: 'Landing page QA' })],
});

test('the popup has no axe violations and follows the color scheme: no campaign, an at-risk and a blocked campaign', async () => {
  await browser.open(hubspotUrl(`contacts/${HUBSPOT_PORTAL}/objects/0-1/views/all/list`));
  const none = await browser.openPopup();
  await assertAccessible(none, 'popup, no campaign');
  await none.close();

  for (const guid of [CAMPAIGN_A, CAMPAIGN_B]) {
    const page = await browser.open(campaignUrl(guid));
    await waitForPanel(page, (p) => p !== null);
    const popup = await browser.openPopup();
    await assertAccessible(popup, `popup on ${guid}`);
    await popup.close();
  }
});

test('the options page has no axe violations in each of its states (fresh, rules rejected, rules saved, import problems, plans imported and linked), nor the plan page', async () => {
  const options = await openOptions();
  await assertAccessible(options, 'options, fresh');

  await fillRule(options, 'namingPattern', '([a-z');
  await fillRule(options, 'budgetCaps', '20000 USD forever');
  await options.click('preflight-team-settings >>> [part=save-button]');
  await rulesStatusSays(options, 'Nothing was saved');
  await assertAccessible(options, 'options, rules rejected');

  await fillRule(options, 'namingPattern', '^[a-z0-9_-]+$');
  await fillRule(options, 'budgetCaps', '20000 USD total');
  await options.click('preflight-team-settings >>> [part=save-button]');
  await rulesStatusSays(options, 'Settings saved');
  await assertAccessible(options, 'options, rules saved');

  await options.$eval('#import-text', (el) => ((el as HTMLTextAreaElement).value = '{"format":"preflight-plans","version":1,"plans":[{"schemaVersion":2}]}'));
  await options.click('#import-form button[type=submit]');
  await options.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('Imported 0 plans'));
  await options.$eval('#link-key', (el) => ((el as HTMLInputElement).value = 'not a key'));
  await options.click('#link-form button[type=submit]');
  await options.waitForFunction(() => document.querySelector('#link-status')?.textContent?.includes('Campaign key'));
  await assertAccessible(options, 'options, import and link rejected');

  await options.$eval('#import-text', (el, text) => ((el as HTMLTextAreaElement).value = text), exportPlansJson([plan], '2026-08-01T00:00:00Z'));
  await options.click('#import-form button[type=submit]');
  await options.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('Imported 1 plan'));
  await options.$eval('#link-key', (el, key) => ((el as HTMLInputElement).value = key), campaignKey(CAMPAIGN_A));
  await options.select('#link-plan', 'emea-launch');
  await options.click('#link-form button[type=submit]');
  await options.waitForFunction(() => document.querySelector('#link-status')?.textContent?.includes('Linked'));
  await assertAccessible(options, 'options, a plan imported and linked');

  // The plan page the panel opens shares the pages' styles.
  const planPage = await browser.open(browser.extensionUrl('plan.html#emea-launch'));
  await planPage.waitForFunction((name) => document.querySelector('h1')?.textContent === name, {}, plan.campaign.name);
  await assertAccessible(planPage, 'plan page');
});

test('every options control is labelled and reached by Tab in order', async () => {
  const options = await openOptions();
  // The page's own controls, with the settings form's (in its shadow root) where the form stands.
  const all = await options.$$eval('main input, main select, main textarea, main button, main preflight-team-settings', (els) =>
    els
      .flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('input, select, textarea, button')] : [el]))
      .map((el) => ({ id: el.id || (el as HTMLInputElement).name || el.textContent!.trim(), label: (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.textContent!.trim() })),
  );
  for (const c of all) assert.ok(c.label, `${c.id} has a label`);
  const controls = all.slice(all.findIndex((c) => c.id === 'timeZone'));
  await options.focus(`${RULES} #timeZone`);
  const reached = [await focusedId(options)];
  for (let i = 1; i < controls.length; i++) {
    await options.keyboard.press('Tab');
    reached.push(await focusedId(options));
  }
  assert.deepEqual(reached, controls.map((c) => c.id));
});

test('a failed save from the keyboard marks each invalid field, ties its message to it and moves focus to the first one', async () => {
  const options = await openOptions();
  await retype(options, `${RULES} #namingPattern`, '([a-z');
  // A cap line that cannot be read at all must not hide the naming pattern's problem.
  await retype(options, `${RULES} #budgetCaps`, '20000 USD total 5');
  await options.focus(`${RULES} #requiredUtm`);
  await options.keyboard.press('Enter');
  await options.waitForFunction(() => document.querySelector('preflight-team-settings')?.shadowRoot?.querySelector('[part=status]')?.textContent?.includes('Nothing was saved'));

  assert.equal(await focusedId(options), 'namingPattern', 'focus goes to the first invalid field in the form');
  const fields = await options.$$eval(`${RULES} [aria-invalid="true"]`, (els) =>
    els.map((el) => ({
      id: el.id,
      // The problem, after the field's hint: both describe it.
      description: (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => (el.getRootNode() as ShadowRoot).getElementById(id)?.textContent?.trim() ?? `(no #${id})`).at(-1),
    })),
  );
  assert.deepEqual(fields.map((f) => f.id), ['namingPattern', 'budgetCaps']);
  assert.match(fields[0]!.description!, /^Naming pattern/);
  assert.match(fields[1]!.description!, /^Budget caps, line 1/);
  assert.match(await options.$eval(`${RULES} [part=status]`, (el) => el.textContent ?? ''), /Nothing was saved: 2 settings need fixing/);

  await retype(options, `${RULES} #budgetCaps`, '');
  await retype(options, `${RULES} #namingPattern`, '^[a-z]+$');
  await options.keyboard.press('Enter');
  await options.waitForFunction(() => document.querySelector('preflight-team-settings')?.shadowRoot?.querySelector('[part=status]')?.textContent?.includes('Settings saved'));
  assert.equal(await options.$$eval(`${RULES} [aria-invalid="true"], ${RULES} [aria-describedby*="-error"]`, (els) => els.length), 0, 'a valid save clears the marks');
});

test('a rejected link marks the field at fault, describes it by its message and takes focus there', async () => {
  const options = await openOptions();
  await options.focus('#link-key');
  await options.keyboard.type('not a key');
  await options.keyboard.press('Enter');
  await options.waitForFunction(() => document.querySelector('#link-status')?.textContent?.includes('Campaign key'));
  assert.equal(await focusedId(options), 'link-key');
  const key = await options.$eval('#link-key', (el) => ({ invalid: el.getAttribute('aria-invalid'), describedBy: el.getAttribute('aria-describedby') }));
  assert.equal(key.invalid, 'true');
  assert.match(await options.$eval(`#${key.describedBy}`, (el) => el.textContent ?? ''), /^Campaign key: write it as platform:ids/);
});
