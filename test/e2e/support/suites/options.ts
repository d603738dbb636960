import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserForFile, type Launch } from '../extension-browser.js';

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

  test('an import reports each bad record by index and path and imports nothing from it', async () => {
    const options = await browser().openExtensionPage('options.html');
    await options.$eval('#import-text', (el) => ((el as HTMLTextAreaElement).value = '{"format":"preflight-plans","version":1,"exportedAt":"2026-08-01T00:00:00Z","plans":[{"schemaVersion":2}]}'));
    await options.click('#import-form button[type=submit]');
    await options.waitForFunction(() => document.querySelector('#import-status')?.textContent?.includes('Imported 0 plans'));
    const problems = await options.$$eval('#import-status li', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(problems.length > 0 && problems.every((p) => p.startsWith('Record 0 (plans[0]')), problems.join('\n'));
  });
}
