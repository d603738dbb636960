import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeLaunchApproval, makePlan } from '../../../../packages/core/src/testing/factories.js';
import { recordHtml, EXAMPLE } from '../../../../packages/extension/src/platforms/salesforce/fixtures.js';
import { detectPage } from '../../../../packages/extension/src/platforms/index.js';
import { BADGE_RGBA, browserForFile, waitForPanel, type ExtensionHarness, type Launch } from '../extension-browser.js';
import { importAndLink } from '../plan-links.js';
import type { Page } from 'puppeteer-core';

/** A Salesforce campaign record that shows it running ("In Progress"), on an org of its own. */
export const LIVE_URL = 'https://globex.lightning.force.com/lightning/r/Campaign/7015g000000XYZaAAO/view';
export const LIVE_KEY = detectPage(new URL(LIVE_URL))!.campaignKeys[0]!;
const LIVE_PAGE = { url: LIVE_URL, html: recordHtml({ fields: { ...EXAMPLE.fields, Name: '2026q3_na_email_webinar', Status: 'In Progress' } }) };

/** A draft plan nobody approved the launch of; and the same plan approved. */
export const UNAPPROVED = makePlan({ id: 'na-webinar', campaign: { ...makePlan().campaign, name: 'NA webinar launch' } });
const APPROVED = makePlan({ id: 'na-webinar-approved', campaign: { ...makePlan().campaign, name: 'NA webinar launch (approved)' }, approvals: [makeLaunchApproval()] });

/** What the page shows once linked: the panel's rules and state, and the badge. */
async function linkedPanel(browser: ExtensionHarness, planId: string): Promise<{ page: Page; rules: string[]; summary: string; text: string; badge: string }> {
  const options = await browser.openExtensionPage('options.html');
  await importAndLink(options, [UNAPPROVED, APPROVED], LIVE_KEY, planId);
  await options.close();
  const page = await browser.open(LIVE_URL);
  const panel = (await waitForPanel(page, (p) => p?.text.includes('Plan: ') ?? false, 'the linked plan in the panel'))!;
  const badge = await browser.waitForBadge(await browser.tabId(page), (b) => b.text !== '');
  return { page, rules: panel.rules, summary: panel.summary, text: panel.text, badge: badge.text };
}

/**
 * A campaign running on the platform under a plan with no launch approval: the core's blocker in
 * the panel and a red badge; under an approved plan, no such blocker. `openPopup`, where the
 * browser can open the toolbar popup in a test, also checks the popup links to the plan.
 */
export function unapprovedLaunchSuite(launch: Launch, openPopup?: (browser: ExtensionHarness) => Promise<Page>): void {
  const browser = browserForFile(launch, [LIVE_PAGE]);

  test('a campaign running on Salesforce under a plan nobody approved is blocked in the panel and the badge' + (openPopup ? ', and the popup opens the plan' : ''), async () => {
    const { page, rules, summary, text, badge } = await linkedPanel(browser(), UNAPPROVED.id);
    assert.ok(rules.includes('platform.live-unapproved'), rules.join(', '));
    assert.match(summary, /Blocked/);
    assert.match(text, /The campaign is live on salesforce \("In Progress"\) but the plan "NA webinar launch" has no launch approval\./);
    const severity = await page.evaluate(() => document.querySelector('preflight-overlay')!.shadowRoot!.querySelector('li[data-rule="platform.live-unapproved"]')!.getAttribute('data-severity'));
    assert.equal(severity, 'blocker');
    assert.equal((await browser().badge(await browser().tabId(page))).colour.join(','), BADGE_RGBA.blocked.join(','), 'a red badge');
    assert.notEqual(badge, '0');
    if (!openPopup) return;

    const popup = await openPopup(browser());
    await popup.waitForSelector('button.open-plan');
    const buttons = await popup.$$eval('button.open-plan', (els) => els.map((e) => e.textContent?.trim() ?? ''));
    assert.deepEqual(buttons, ['Open the plan "NA webinar launch"']);
    assert.match(await popup.evaluate(() => document.body.innerText), /has no launch approval/);
    await popup.click('button.open-plan');
    const planPage = await browser().waitForExtensionPage(`plan.html#${UNAPPROVED.id}`);
    await planPage.waitForFunction((name) => document.querySelector('h1')?.textContent === name, {}, UNAPPROVED.campaign.name);
  });

  test('the same running campaign under a plan whose launch is approved is not blocked for it', async () => {
    const { rules } = await linkedPanel(browser(), APPROVED.id);
    assert.ok(!rules.includes('platform.live-unapproved'), rules.join(', '));
  });
}
