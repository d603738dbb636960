import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPage } from '../../../../packages/extension/src/platforms/index.js';
import { BADGE_RGBA, browserForFile, readPanel, waitForPanel, type ExtensionHarness, type Launch } from '../extension-browser.js';
import { platformFixtures, type FixturePage } from '../pages.js';
import { READ_MARK } from '../../../../packages/extension/src/content/bench-probe.js';


/** What some pages are known to show, from the examples in the platform notes. */
const EXPECTED_RULES: { url: RegExp; rules: string[]; absent?: string[]; ready?: boolean; unread?: RegExp; read?: RegExp }[] = [
  { url: /lightning\.force\.com\/lightning\/r\/Campaign\/7015g000000ABCdAAO\/view/, rules: ['platform.naming', 'platform.dates'] },
  { url: /lightning\.force\.com\/lightning\/r\/Campaign\/7015g000000ABCdAAO\/related/, rules: ['platform.naming'], absent: ['platform.dates', 'platform.budget-set'], unread: /^Couldn't read status, start date, end date, budget, owner, tracking URLs on this page\.$/ },
  { url: /edit\/standalone\?.*current_step=1/, rules: [], absent: ['platform.dates'], read: /^Read start date, end date from an ad set on this page\.$/ },
  { url: /adsmanager\/manage\/campaigns\/edit\?/, rules: ['platform.utm-lowercase'], absent: ['platform.naming'], unread: /Couldn't read name, status, start date/ },
  // Nothing is read off these pages: the panel names every fact instead of judging it.
  { url: /linkedin\.com\/campaignmanager\//, rules: [], absent: ['platform.utm-required', 'platform.naming', 'platform.dates'], unread: /^Couldn't read name, status, start date, end date, budget, owner, tracking URLs on this page\.$/ },
  { url: /hubspot\.com\//, rules: [], absent: ['platform.naming', 'platform.utm-required', 'platform.dates', 'platform.owner'], unread: /^Couldn't read name, status, start date, end date, budget, owner, tracking URLs on this page\.$/ },
];

/** What a fixture page got: its panel's state and rules, or nothing on a page with no campaign. */
interface PageOutcome {
  state: 'blocked' | 'at-risk' | 'ready' | 'none';
  rules: string[];
}

/**
 * Opens a platform fixture page and checks what the extension made of it: on a campaign page a
 * panel for the campaigns in view with the checks the platform notes expect, and a badge with the
 * failing count in the state's colour; on any other page neither.
 */
async function checkFixturePage(browser: ExtensionHarness, fixture: FixturePage): Promise<PageOutcome> {
  const detection = detectPage(new URL(fixture.url));
  const page = await browser.open(fixture.url);
  const tabId = await browser.tabId(page);
  if (detection?.kind !== 'campaign') {
    // The script acts once the page has settled; by the time the badge is confirmed empty it has.
    await browser.waitForBadge(tabId, (b) => b.text === '');
    assert.equal(await readPanel(page), null, `no panel on ${fixture.description}`);
    return { state: 'none', rules: [] };
  }
  const panel = (await waitForPanel(page, (p) => p !== null, `the panel on ${fixture.description}`))!;
  assert.equal(panel.error, false, `the adapter read ${fixture.description}`);
  // The page script's first read answered its injection: the background did not call it to read.
  assert.equal(await page.evaluate(`performance.getEntriesByName(${JSON.stringify(READ_MARK)}).length`), 1, `${fixture.description} was read once`);
  assert.ok(panel.keys.length > 0);
  for (const key of panel.keys) assert.ok(detection.campaignKeys.includes(key), `${key} is a campaign in view`);
  const failing = panel.severities.filter((s) => s !== 'info').length;
  const state = /Blocked/.test(panel.summary) ? 'blocked' : /At risk/.test(panel.summary) ? 'at-risk' : 'ready';
  const badge = await browser.waitForBadge(tabId, (b) => b.text !== '');
  assert.equal(badge.text, String(failing), `badge on ${fixture.description}`);
  assert.deepEqual(badge.colour, BADGE_RGBA[state]);
  for (const expected of EXPECTED_RULES.filter((e) => e.url.test(fixture.url))) {
    for (const rule of expected.rules) assert.ok(panel.rules.includes(rule), `${fixture.description} shows ${rule}: ${panel.rules.join(', ')}`);
    for (const rule of expected.absent ?? []) assert.ok(!panel.rules.includes(rule), `${fixture.description} passes ${rule}`);
    if (expected.unread) assert.match(panel.unread ?? '', expected.unread, fixture.description);
    if (expected.read) assert.match(panel.read ?? '', expected.read, fixture.description);
    if (expected.ready) {
      assert.equal(state, 'ready', `${fixture.description}: ${panel.rules.join(', ')}`);
      assert.equal(badge.text, '0');
    }
  }
  return { state, rules: panel.rules };
}

const fixtures = await platformFixtures();

/** Every platform's fixture pages under their real host names, each with the right panel and badge or none. */
export function platformSuite(launch: Launch): void {
  const browser = browserForFile(launch, [...fixtures.values()].flat());

  for (const [platform, pages] of fixtures) {
    test(`${platform}: every fixture page gets the right panel and badge, or none`, async () => {
      assert.ok(pages.length > 0);
      const outcomes: PageOutcome[] = [];
      for (const fixture of pages) {
        outcomes.push(await checkFixturePage(browser(), fixture));
        await browser().closePages();
      }
      // The panel comes from the campaign chunk, loaded on demand: at least one page proves it loads.
      assert.ok(outcomes.some((o) => o.state !== 'none'), `${platform} has a campaign page among its fixtures`);
    });
  }
}
