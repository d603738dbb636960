import { test } from 'node:test';
import type { Page } from 'puppeteer-core';
import assert from 'node:assert/strict';
import { axeViolations, COLOR_SCHEMES, describeViolations, smallTargets } from '../accessibility.js';
import { browserForFile, ExtensionBrowser, type Launch } from '../extension-browser.js';

/** The options page: rules and imports are checked field by field, and only whole, valid settings are saved. */
export function optionsSuite(launch: Launch): void {
  const browser = browserForFile(launch, []);

  const savedConfig = async () => (await browser().extensionContext()).evaluate(async () => (await chrome.storage.local.get('config')).config ?? null);

  /** The settings form, inside the element's shadow root: puppeteer's `>>>` reaches into it. */
  const RULES = 'preflight-team-settings >>>';
  /** Sets a field of the settings form as typing would: the value, then the event the form reads. */
  const fill = (page: Page, id: string, value: string) =>
    page.$eval(`${RULES} #${id}`, (el, text) => {
      (el as HTMLInputElement).value = text;
      el.dispatchEvent(new Event(el.localName === 'select' ? 'change' : 'input'));
    }, value);
  const saveRules = (page: Page) => page.click(`${RULES} [part=save-button]`);
  const statusSays = (page: Page, text: string) =>
    page.waitForFunction((t) => document.querySelector('preflight-team-settings')?.shadowRoot?.querySelector('[part=status]')?.textContent?.includes(t), {}, text);
  /** The id of the focused control inside the settings form. */
  const focusedField = (page: Page) => page.evaluate(() => document.querySelector('preflight-team-settings')?.shadowRoot?.activeElement?.id);

  test('invalid rules are rejected field by field and nothing is saved; valid rules are saved whole', async () => {
    const options = await browser().openExtensionPage('options.html');
    await fill(options, 'namingPattern', '([a-z');
    await fill(options, 'requiredUtm', 'utm_source, source');
    await fill(options, 'budgetCaps', '20000 USD total');
    await saveRules(options);
    await statusSays(options, 'Nothing was saved');
    const problems = await options.$$eval(`${RULES} [part=field-error] p`, (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(problems.some((p) => p.startsWith('Naming pattern:')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('Required UTM parameters, item 2:')), problems.join('\n'));
    assert.equal(await focusedField(options), 'namingPattern');
    assert.equal(await savedConfig(), null);

    await fill(options, 'namingPattern', '^[a-z0-9_-]+$');
    await fill(options, 'requiredUtm', 'utm_source, utm_medium');
    await saveRules(options);
    await statusSays(options, 'Settings saved');
    const saved = (await savedConfig()) as { platform: { namingPattern: string; requiredUtm: string[]; budgetCaps: unknown[] } };
    assert.equal(saved.platform.namingPattern, '^[a-z0-9_-]+$');
    assert.deepEqual(saved.platform.requiredUtm, ['utm_source', 'utm_medium']);
    assert.deepEqual(saved.platform.budgetCaps, [{ amount: 20000, currency: 'USD', period: 'total' }]);
  });

  test('an unknown team time zone is refused at its field and nothing is saved; a zone and business hours are saved and shown again after a reload', async () => {
    const before = await savedConfig();
    const options = await browser().openExtensionPage('options.html');
    await fill(options, 'timeZone', 'Mars/Olympus_Mons');
    await saveRules(options);
    await statusSays(options, 'Nothing was saved');
    const zone = await options.$eval(`${RULES} #timeZone`, (el) => ({
      invalid: el.getAttribute('aria-invalid'),
      description: (el.getRootNode() as ShadowRoot).getElementById(`${el.id}-error`)?.textContent?.trim() ?? '',
      describedBy: el.getAttribute('aria-describedby') ?? '',
      focused: (el.getRootNode() as ShadowRoot).activeElement === el,
    }));
    assert.equal(zone.invalid, 'true');
    assert.match(zone.description, /^Team time zone: "Mars\/Olympus_Mons" is not a known IANA time zone/);
    assert.ok(zone.describedBy.split(' ').includes('timeZone-error'), 'the problem describes the field');
    assert.ok(zone.focused, 'focus is on the zone field');
    assert.deepEqual(await savedConfig(), before, 'nothing was saved');

    // The browser's own zone is one click away.
    await options.click(`${RULES} .use-zone`);
    const own = await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await options.waitForFunction((z) => (document.querySelector('preflight-team-settings')?.shadowRoot?.getElementById('timeZone') as HTMLInputElement | null)?.value === z, {}, own);

    await fill(options, 'timeZone', 'Asia/Kolkata');
    await options.click(`${RULES} #businessHours`);
    await options.waitForSelector(`${RULES} #businessStart`);
    await fill(options, 'businessStart', '8');
    await fill(options, 'businessEnd', '16');
    await options.click(`${RULES} input[name=businessDays][value="5"]`);
    await saveRules(options);
    await statusSays(options, 'Settings saved');
    const saved = (await savedConfig()) as { timeZone?: string; approvals: { businessHours: unknown } };
    assert.equal(saved.timeZone, 'Asia/Kolkata');
    assert.deepEqual(saved.approvals.businessHours, { startHour: 8, endHour: 16, days: [1, 2, 3, 4], timeZone: 'Asia/Kolkata' });
    assert.equal(await options.$$eval(`${RULES} [aria-invalid="true"]`, (els) => els.length), 0);

    await options.close();
    const reloaded = await browser().openExtensionPage('options.html');
    await reloaded.waitForSelector(`${RULES} #businessStart`);
    // One expression: helpers declared inside a page function would need the transpiler's own helpers there.
    const shown = await reloaded.evaluate(() => ({
      timeZone: (document.querySelector('preflight-team-settings')!.shadowRoot!.getElementById('timeZone') as HTMLInputElement).value,
      businessHours: (document.querySelector('preflight-team-settings')!.shadowRoot!.getElementById('businessHours') as HTMLInputElement).checked,
      start: (document.querySelector('preflight-team-settings')!.shadowRoot!.getElementById('businessStart') as HTMLSelectElement).value,
      end: (document.querySelector('preflight-team-settings')!.shadowRoot!.getElementById('businessEnd') as HTMLSelectElement).value,
      days: [...document.querySelector('preflight-team-settings')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=businessDays]:checked')].map((el) => el.value),
      businessZone: (document.querySelector('preflight-team-settings')!.shadowRoot!.getElementById('businessZone') as HTMLInputElement).value,
    }));
    assert.deepEqual(shown, { timeZone: 'Asia/Kolkata', businessHours: true, start: '8', end: '16', days: ['1', '2', '3', '4'], businessZone: '' });
  });

  test('with business hours on and every calendar field refused, no target is under 24 px and (in Chromium) axe finds no violation in light or dark', async () => {
    const options = await browser().openExtensionPage('options.html');
    await fill(options, 'timeZone', 'Nowhere/Town');
    if (!(await options.$(`${RULES} #businessStart`))) await options.click(`${RULES} #businessHours`);
    await options.waitForSelector(`${RULES} #businessStart`);
    await fill(options, 'businessStart', '18');
    await fill(options, 'businessEnd', '9');
    for (const box of await options.$$(`${RULES} input[name=businessDays]:checked`)) await box.click();
    await fill(options, 'businessZone', 'UTC+1:75');
    await saveRules(options);
    await statusSays(options, 'Nothing was saved');
    const invalid = await options.$$eval(`${RULES} [aria-invalid="true"]`, (els) => [...new Set(els.map((el) => el.id || (el as HTMLInputElement).name))]);
    for (const field of ['timeZone', 'businessDays', 'businessZone']) assert.ok(invalid.includes(field), `${field} is marked invalid (marked: ${invalid.join(', ')})`);
    const small = (page: Page) => page.$$eval(`${RULES} :is(button, input, select, textarea)`, (els) => els.filter((el) => el.getClientRects().length > 0 && Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height) < 24).map((el) => el.id || el.textContent));
    assert.deepEqual([...(await smallTargets(options)), ...(await small(options))], [], 'targets under 24 px');
    // Axe runs under an emulated colour scheme, which needs the DevTools protocol: Chromium only.
    if (browser() instanceof ExtensionBrowser) {
      for (const scheme of COLOR_SCHEMES) {
        const violations = await axeViolations(options, scheme);
        assert.deepEqual(violations, [], `${scheme}:\n${describeViolations(violations)}`);
        assert.deepEqual([...(await smallTargets(options)), ...(await small(options))], [], `${scheme}: targets under 24 px`);
      }
    }
  });

  test('an import reports each bad record by index and path and imports nothing from it', async () => {
    const options = await browser().openExtensionPage('options.html');
    await options.$eval('#import-text', (el) => ((el as HTMLTextAreaElement).value = '{"format":"preflight-plans","version":1,"exportedAt":"2026-08-01T00:00:00Z","plans":[{"schemaVersion":2}]}'));
    await options.click('#import-form button[type=submit]');
    await options.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('Imported 0 plans'));
    const problems = await options.$$eval('#import-status li', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(problems.length > 0 && problems.every((p) => p.startsWith('Record 0 (plans[0]')), problems.join('\n'));
  });
}
