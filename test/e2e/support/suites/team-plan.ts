import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Plan } from '@preflight/core';
import { makeBlocker, makeItem, makePlan } from '../../../../packages/core/src/testing/factories.js';
import { api, SECRET } from '../../../../packages/server/src/testing/server.ts';
import { freePort, startServerProcess, type ServerProcess } from '../../../../packages/server/src/testing/process.ts';
import { Tokens, type Role } from '../../../../packages/server/src/auth/tokens.ts';
import { connect, synced, until, type TestClient } from '../../../../packages/server/src/testing/clients.ts';
import { axeViolations, COLOR_SCHEMES, describeViolations, smallTargets } from '../accessibility.js';
import { browserForFile, ExtensionBrowser, readPanel, waitFor, waitForPanel, type ExtensionHarness, type Launch } from '../extension-browser.js';
import { CAMPAIGN_A, CAMPAIGN_B, campaignKey, campaignUrl, OWN_PAGES } from '../pages.js';

const PLAN_ID = 'team-launch';
const plan: Plan = makePlan({
  id: PLAN_ID,
  campaign: { ...makePlan().campaign, name: 'Team EMEA launch' },
  blockers: [
    makeBlocker({ id: 'blk-crm', title: 'Lead source field mapping is broken', due: '2026-08-20' }),
    makeBlocker({ id: 'blk-legal', title: 'Legal has not approved the offer copy', due: '2026-08-22' }),
  ],
  checklist: [makeItem({ id: 'lp-qa', label: 'Landing page QA', gate: true, gateId: 'landing-page-qa' })],
});

const failing = (severities: string[]) => String(severities.filter((s) => s !== 'info').length);

/**
 * A campaign linked to a team plan through a share link: the plan live on the campaign page and in the
 * badge, a viewer's link read-only, bad links refused at their field, and the last copy shown offline.
 * `stopBackground` stops the extension's background where the harness can (Chromium's service worker),
 * so a tab opened afterwards must get the plan from the copy the extension keeps in IndexedDB.
 */
export function teamPlanSuite(launch: Launch, { stopBackground }: { stopBackground?: (browser: ExtensionHarness) => Promise<void> } = {}): void {
  /** The team server in a process of its own, so the last test can stop it as a crash or a shutdown would. */
  let server: ServerProcess;
  let dataDir: string;
  const tokens = new Tokens(SECRET);
  const signToken = async (options: { plan: string; role: Role; name: string; expiresInSeconds?: number }) => (await tokens.sign({ expiresInSeconds: 86_400, ...options })).token;
  const clients: TestClient[] = [];
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'preflight-extension-team-'));
    server = await startServerProcess({ port: await freePort(), dataDir });
    const admin = await signToken({ plan: '*', role: 'admin', name: 'Ops lead' });
    assert.equal((await api(server, 'PUT', `/plans/${PLAN_ID}`, admin, plan)).status, 201);
  });
  after(async () => {
    for (const client of clients) client.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The embed link the workspace gives for a team plan, with the token in its hash. */
  const embedLink = (token: string) => `http://localhost:4173/embed.html#widget=blocker-log&sync=${encodeURIComponent(server.wsUrl)}&plan=${PLAN_ID}&token=${token}`;
  const savedLinks = async () => (await browser().extensionContext()).evaluate(async () => (await chrome.storage.local.get('links')).links ?? null);

  async function openOptions(): Promise<Page> {
    const options = await browser().openExtensionPage('options.html');
    await options.waitForSelector('#link-share');
    return options;
  }

  async function linkWithShare(options: Page, key: string, share: string): Promise<void> {
    await options.$eval('#link-key', (el, value) => ((el as HTMLInputElement).value = value), key);
    await options.$eval('#link-share', (el, value) => ((el as HTMLInputElement).value = value), share);
    await options.click('#link-form button[type=submit]');
  }

  /** The team line in the panel: its state and text. */
  const teamLine = (page: Page) =>
    page.evaluate(() => {
      const line = document.querySelector('preflight-overlay')?.shadowRoot?.querySelector('[data-team-state]');
      return line ? { state: line.getAttribute('data-team-state'), text: line.textContent ?? '' } : null;
    });

  const browser = browserForFile(launch, OWN_PAGES);

  test('a share link links a campaign to a team plan: the options page shows its name and Live, the panel its open blockers, and an edit from another member shows in the open tab and the badge without a reload', async () => {
    const editor = { token: await signToken({ plan: PLAN_ID, role: 'editor', name: 'Alice' }) };
    const options = await openOptions();
    // What the token says of itself shows while it is typed (unverified).
    await options.type('#link-share', embedLink(editor.token).slice(0, -1));
    await options.type('#link-share', embedLink(editor.token).slice(-1));
    await options.waitForFunction(() => document.querySelector('#share-preview')?.textContent?.includes('editor'));
    assert.match(await options.$eval('#share-preview', (el) => el.textContent ?? ''), new RegExp(`^Plan ${PLAN_ID}: an editor’s link for Alice, expires \\d{4}-\\d{2}-\\d{2}`));
    await options.$eval('#link-share', (el) => ((el as HTMLInputElement).value = ''));
    await linkWithShare(options, campaignKey(CAMPAIGN_A), embedLink(editor.token));
    await options.waitForFunction(() => document.querySelector('#link-status')?.textContent?.includes('Linked'));
    const saved = (await savedLinks()) as Record<string, { kind: string; url: string; planId: string; token: string }>;
    assert.deepEqual(saved[campaignKey(CAMPAIGN_A)], { kind: 'team', url: server.wsUrl, planId: PLAN_ID, token: editor.token });
    // Once connected, the link shows the team plan's name and state.
    const row = `#links li[data-key="${campaignKey(CAMPAIGN_A)}"]`;
    await options.waitForFunction((sel) => document.querySelector(`${sel} [data-team-state="live"]`) !== null, {}, row);
    assert.equal(await options.$eval(`${row} .team-name`, (el) => el.textContent), 'Team EMEA launch');

    const page = await browser().open(campaignUrl(CAMPAIGN_A));
    const panel = await waitForPanel(page, (p) => (p?.blockers.length ?? 0) === 2, 'the team plan in the panel');
    assert.match(panel!.text, /Plan: Team EMEA launch/);
    assert.ok(panel!.blockers.some((b) => /Lead source field mapping is broken/.test(b)));
    assert.ok(panel!.gates.some((g) => /Landing page QA/.test(g)));
    assert.deepEqual(await teamLine(page), { state: 'live', text: 'Team plan · Live' });
    const tabId = await browser().tabId(page);
    const before = await browser().waitForBadge(tabId, (b) => b.text === failing(panel!.severities));

    // Bob resolves a blocker from his own client: the open tab follows, no reload.
    const bob = connect(server.wsUrl, PLAN_ID, await signToken({ plan: PLAN_ID, role: 'editor', name: 'Bob' }));
    clients.push(bob);
    await synced(bob);
    const live = structuredClone(bob.plan()!);
    live.blockers = live.blockers.map((b) => (b.id === 'blk-crm' ? { ...b, status: 'resolved', resolvedAt: '2026-08-19T10:00:00Z' } : b));
    bob.write(live);
    await until(() => bob.provider.unsyncedChanges === 0);
    const after = await waitForPanel(page, (p) => p?.blockers.length === 1, 'the resolved blocker gone from the panel');
    assert.match(after!.blockers[0]!, /Legal has not approved/);
    await browser().waitForBadge(tabId, (b) => b.text === failing(after!.severities));
    assert.notEqual(failing(after!.severities), before.text, 'the badge counts one failing check fewer');
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1, 'the page was not reloaded');
  });

  test('a viewer’s share link (the bare sync=…&plan=…&token=… form) shows the plan read-only', async () => {
    const viewer = { token: await signToken({ plan: PLAN_ID, role: 'viewer', name: 'Vera' }) };
    const options = await openOptions();
    await linkWithShare(options, campaignKey(CAMPAIGN_B), `sync=${encodeURIComponent(server.wsUrl)}&plan=${PLAN_ID}&token=${viewer.token}`);
    await options.waitForFunction(() => document.querySelector('#link-status')?.textContent?.includes('Linked'));
    assert.match(await options.$eval('#link-status', (el) => el.textContent ?? ''), /a viewer’s \(read-only\) link for Vera/);
    const page = await browser().open(campaignUrl(CAMPAIGN_B));
    const panel = await waitForPanel(page, (p) => (p?.blockers.length ?? 0) > 0, 'the team plan in the panel');
    assert.match(panel!.text, /Plan: Team EMEA launch/);
    await waitFor('the live, read-only team line', () => teamLine(page), (line) => line?.text === 'Team plan · Live · read-only');
  });

  test('an expired, garbage or cleartext-remote share link is refused at its field, focused, and nothing is saved; axe finds no violation in light or dark', async () => {
    const expired = { token: await signToken({ plan: PLAN_ID, role: 'editor', name: 'Old', expiresInSeconds: -60 }) };
    const other = { token: await signToken({ plan: 'another-plan', role: 'editor', name: 'Eve' }) };
    const options = await openOptions();
    const before = await savedLinks();
    const cases: [string, RegExp][] = [
      [embedLink(expired.token), /^Share link: the token expired on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/],
      [embedLink('not-a-token'), /^Share link: the token is not a share token/],
      [embedLink(other.token), /^Share link: the token is for plan “another-plan”/],
      [`sync=ws%3A%2F%2Fteam.example.com&plan=${PLAN_ID}&token=${other.token}`, /^Share link: sync must be a wss:\/\/ address \(ws:\/\/ is only allowed to this machine/],
      [`sync=${encodeURIComponent(server.wsUrl)}&token=${other.token}`, /^Share link: it has no plan=/],
    ];
    for (const [share, message] of cases) {
      await linkWithShare(options, campaignKey(CAMPAIGN_A), share);
      await options.waitForFunction(() => document.querySelector('#link-share')?.getAttribute('aria-invalid') === 'true');
      const field = await options.$eval('#link-share', (el) => ({
        focused: document.activeElement === el,
        described: (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' | '),
      }));
      assert.ok(field.focused, `focus is on the share link field (${share.slice(0, 60)})`);
      assert.match(field.described, message);
      assert.deepEqual(await savedLinks(), before, 'nothing was saved');
    }
    assert.deepEqual(await smallTargets(options), [], 'targets under 24 px');
    // Axe runs under an emulated colour scheme, which needs the DevTools protocol: Chromium only.
    if (browser() instanceof ExtensionBrowser) {
      for (const scheme of COLOR_SCHEMES) {
        const violations = await axeViolations(options, scheme);
        assert.deepEqual(violations, [], `${scheme}:\n${describeViolations(violations)}`);
      }
    }
  });

  test('with the team server stopped, the panel says offline and still shows the last copy of the plan', async () => {
    const page = await browser().open(campaignUrl(CAMPAIGN_A));
    const panel = await waitForPanel(page, (p) => p?.blockers.length === 1, 'the team plan in the panel');
    // The offline copy may show first (Connecting), then the server's (Live).
    await waitFor('the live team line', () => teamLine(page), (line) => line?.state === 'live');
    for (const client of clients.splice(0)) client.close();
    await server.stop();
    await waitFor('the offline team line', () => teamLine(page), (line) => line?.state === 'offline');
    assert.equal((await teamLine(page))?.text, 'Team plan · Offline: showing the last copy');
    const offline = await readPanel(page);
    assert.deepEqual(offline!.blockers, panel!.blockers, 'the last copy is still shown');

    // A tab opened while offline gets the last copy too; with the background stopped first (where the
    // harness can), its copy in memory is gone and the one the extension keeps in IndexedDB is shown.
    await page.close();
    if (stopBackground) await stopBackground(browser());
    const again = await browser().open(campaignUrl(CAMPAIGN_A));
    const shown = await waitForPanel(again, (p) => p?.blockers.length === 1, 'the offline copy in a new tab');
    assert.match(shown!.blockers[0]!, /Legal has not approved/);
    // The background may first say it is connecting: the line settles on offline once the connection fails.
    await waitFor('the offline team line in the new tab', () => teamLine(again), (line) => line?.state === 'offline');
  });
}
