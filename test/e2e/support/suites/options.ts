import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, COLOR_SCHEMES, describeViolations, smallTargets } from '../accessibility.js';
import { browserForFile, ExtensionBrowser, type Launch } from '../extension-browser.js';

/** The options page: rules and imports are checked field by field, and only whole, valid settings are saved. */
export function optionsSuite(launch: Launch): void {
  const browser = browserForFile(launch, []);

  const savedConfig = async () => (await browser().extensionContext()).evaluate(async () => (await chrome.storage.local.get('config')).config ?? null);

  test('invalid rules are rejected field by field and nothing is saved; valid rules are saved whole', async () => {
    const options = await browser().openExtensionPage('options.html');
    await options.$eval('#namingPattern', (el) => ((el as HTMLInputElement).value = '([a-z'));
    await options.$eval('#requiredUtm', (el) => ((el as HTMLInputElement).value = 'utm_source, source'));
    await options.$eval('#budgetCaps', (el) => ((el as HTMLTextAreaElement).value = '20000 USD total'));
    await options.click('#rules-form button[type=submit]');
    await options.waitForFunction(() => document.querySelector('#rules-status')?.textContent?.includes('Nothing was saved'));
    const problems = await options.$$eval('#rules-form .problems div', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(problems.some((p) => p.startsWith('Naming pattern:')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('Required UTM parameters, item 2:')), problems.join('\n'));
    assert.equal(await options.evaluate(() => document.activeElement?.id), 'namingPattern');
    assert.equal(await savedConfig(), null);

    await options.$eval('#namingPattern', (el) => ((el as HTMLInputElement).value = '^[a-z0-9_-]+$'));
    await options.$eval('#requiredUtm', (el) => ((el as HTMLInputElement).value = 'utm_source, utm_medium'));
    await options.click('#rules-form button[type=submit]');
    await options.waitForFunction(() => document.querySelector('#rules-status')?.textContent?.includes('Rules saved'));
    const saved = (await savedConfig()) as { platform: { namingPattern: string; requiredUtm: string[]; budgetCaps: unknown[] } };
    assert.equal(saved.platform.namingPattern, '^[a-z0-9_-]+$');
    assert.deepEqual(saved.platform.requiredUtm, ['utm_source', 'utm_medium']);
    assert.deepEqual(saved.platform.budgetCaps, [{ amount: 20000, currency: 'USD', period: 'total' }]);
  });

  test('an unknown team time zone is refused at its field and nothing is saved; a zone and business hours are saved and shown again after a reload', async () => {
    const before = await savedConfig();
    const options = await browser().openExtensionPage('options.html');
    await options.$eval('#timeZone', (el) => ((el as HTMLInputElement).value = 'Mars/Olympus_Mons'));
    await options.click('#rules-form button[type=submit]');
    await options.waitForFunction(() => document.querySelector('#rules-status')?.textContent?.includes('Nothing was saved'));
    const zone = await options.$eval('#timeZone', (el) => ({
      invalid: el.getAttribute('aria-invalid'),
      description: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent?.trim() ?? '',
      focused: document.activeElement === el,
    }));
    assert.equal(zone.invalid, 'true');
    assert.match(zone.description, /^Team time zone: "Mars\/Olympus_Mons" is not a known IANA time zone/);
    assert.ok(zone.focused, 'focus is on the zone field');
    assert.deepEqual(await savedConfig(), before, 'nothing was saved');

    // The browser's own zone is one click away.
    await options.click('#use-browser-zone');
    const own = await options.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    assert.equal(await options.$eval('#timeZone', (el) => (el as HTMLInputElement).value), own);

    await options.$eval('#timeZone', (el) => ((el as HTMLInputElement).value = 'Asia/Kolkata'));
    await options.click('#businessHours');
    await options.waitForSelector('#businessStart');
    await options.select('#businessStart', '8');
    await options.select('#businessEnd', '16');
    await options.click('input[name=businessDays][value="5"]');
    await options.click('#rules-form button[type=submit]');
    await options.waitForFunction(() => document.querySelector('#rules-status')?.textContent?.includes('Rules saved'));
    const saved = (await savedConfig()) as { timeZone?: string; approvals: { businessHours: unknown } };
    assert.equal(saved.timeZone, 'Asia/Kolkata');
    assert.deepEqual(saved.approvals.businessHours, { startHour: 8, endHour: 16, days: [1, 2, 3, 4], timeZone: 'Asia/Kolkata' });
    assert.equal(await options.$$eval('#rules-form [aria-invalid="true"]', (els) => els.length), 0);

    await options.close();
    const reloaded = await browser().openExtensionPage('options.html');
    await reloaded.waitForSelector('#businessStart');
    // One expression: helpers declared inside a page function would need the transpiler's own helpers there.
    const shown = await reloaded.evaluate(() => ({
      timeZone: (document.getElementById('timeZone') as HTMLInputElement).value,
      businessHours: (document.getElementById('businessHours') as HTMLInputElement).checked,
      start: (document.getElementById('businessStart') as HTMLSelectElement).value,
      end: (document.getElementById('businessEnd') as HTMLSelectElement).value,
      days: [...document.querySelectorAll<HTMLInputElement>('input[name=businessDays]:checked')].map((el) => el.value),
      businessZone: (document.getElementById('businessZone') as HTMLInputElement).value,
    }));
    assert.deepEqual(shown, { timeZone: 'Asia/Kolkata', businessHours: true, start: '8', end: '16', days: ['1', '2', '3', '4'], businessZone: '' });
  });

  test('with business hours on and every calendar field refused, no target is under 24 px and (in Chromium) axe finds no violation in light or dark', async () => {
    const options = await browser().openExtensionPage('options.html');
    await options.$eval('#timeZone', (el) => ((el as HTMLInputElement).value = 'Nowhere/Town'));
    if (!(await options.$('#businessStart'))) await options.click('#businessHours');
    await options.waitForSelector('#businessStart');
    await options.select('#businessStart', '18');
    await options.select('#businessEnd', '9');
    for (const box of await options.$$('input[name=businessDays]:checked')) await box.click();
    await options.$eval('#businessZone', (el) => ((el as HTMLInputElement).value = 'UTC+1:75'));
    await options.click('#rules-form button[type=submit]');
    await options.waitForFunction(() => document.querySelector('#rules-status')?.textContent?.includes('Nothing was saved'));
    const invalid = await options.$$eval('#rules-form [aria-invalid="true"]', (els) => [...new Set(els.map((el) => el.id || (el as HTMLInputElement).name))]);
    for (const field of ['timeZone', 'businessDays', 'businessZone']) assert.ok(invalid.includes(field), `${field} is marked invalid (marked: ${invalid.join(', ')})`);
    assert.deepEqual(await smallTargets(options), [], 'targets under 24 px');
    // Axe runs under an emulated colour scheme, which needs the DevTools protocol: Chromium only.
    if (browser() instanceof ExtensionBrowser) {
      for (const scheme of COLOR_SCHEMES) {
        const violations = await axeViolations(options, scheme);
        assert.deepEqual(violations, [], `${scheme}:\n${describeViolations(violations)}`);
        assert.deepEqual(await smallTargets(options), [], `${scheme}: targets under 24 px`);
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
