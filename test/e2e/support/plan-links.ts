import type { Page } from 'puppeteer-core';
import { exportPlansJson } from '@preflight/core/exchange';
import type { Plan } from '@preflight/core';

/** Imports plans in the options page as a user pastes an export, and links a platform campaign key to one of them. */
export async function importAndLink(options: Page, plans: Plan[], key: string, planId: string): Promise<void> {
  // The page draws once it has read the storage.
  await options.waitForSelector('#import-text');
  await options.$eval('#import-text', (el, text) => ((el as HTMLTextAreaElement).value = text), exportPlansJson(plans, '2026-08-01T00:00:00Z'));
  await options.click('#import-form button[type=submit]');
  await options.waitForFunction((n) => document.querySelector('#import-status')?.textContent?.includes(`Imported ${n} plan`), {}, plans.length);
  await options.type('#link-key', key);
  await options.select('#link-plan', planId);
  await options.click('#link-form button[type=submit]');
  await options.waitForFunction(() => document.querySelector('#link-status')?.textContent?.includes('Linked'));
}
