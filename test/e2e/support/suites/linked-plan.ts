import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeBlocker, makeItem, makePlan } from '../../../../packages/core/src/testing/factories.js';
import { browserForFile, waitFor, waitForPanel, type Launch } from '../extension-browser.js';
import { CAMPAIGN_A, campaignKey, campaignUrl, OWN_PAGES } from '../pages.js';
import { importAndLink } from '../plan-links.js';

const plan = makePlan({
  id: 'emea-launch',
  blockers: [makeBlocker({ id: 'blk-crm', title: 'Lead source field mapping is broken', due: '2026-08-20' })],
  checklist: [makeItem({ id: 'lp-qa', label: 'Landing page QA', gate: true, gateId: 'landing-page-qa' })],
});

/** A plan imported and linked in the options: its gates and blockers on the campaign page, and its page opened from the panel. */
export function linkedPlanSuite(launch: Launch): void {
  const browser = browserForFile(launch, OWN_PAGES);

  test('a plan imported and linked in the options shows its open gates and blockers on the campaign page, and opens from the panel', async () => {
    const options = await browser().openExtensionPage('options.html');
    await importAndLink(options, [plan], campaignKey(CAMPAIGN_A), 'emea-launch');

    const page = await browser().open(campaignUrl(CAMPAIGN_A));
    const panel = await waitForPanel(page, (p) => (p?.blockers.length ?? 0) > 0, 'the linked plan in the panel');
    assert.equal(panel!.blockers.length, 1);
    assert.match(panel!.blockers[0]!, /Lead source field mapping is broken/);
    assert.equal(panel!.gates.length, 1);
    assert.match(panel!.gates[0]!, /Landing page QA/);
    assert.ok(panel!.rules.some((r) => /^(platform\.plan-blocker-open|blockers?\.)/.test(r)), `the plan's blocker counts as a check: ${panel!.rules.join(', ')}`);
    const tabId = await browser().tabId(page);
    await browser().waitForBadge(tabId, (b) => b.text === String(panel!.severities.filter((s) => s !== 'info').length));

    await page.click('preflight-overlay >>> button.open-plan');
    const planPage = await browser().waitForExtensionPage('plan.html#emea-launch');
    await waitFor('the plan page', () => planPage.evaluate(() => document.querySelector('h1')?.textContent ?? ''), (t) => t === plan.campaign.name);
    assert.match(await planPage.evaluate(() => document.body.innerText), /Lead source field mapping is broken/);
  });
}
