import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PLATFORMS, type PlatformId } from '@preflight/core';
import { FIELD_PREFIX } from '../../packages/extension/src/platforms/salesforce/selectors.js';
import { GOOGLE_ADS } from '../../packages/extension/src/platforms/google-ads/selectors.js';
import { META } from '../../packages/extension/src/platforms/meta/selectors.js';
import { CHROME_BUILD, ensureExtensionBuilt, FIREFOX_BUILD } from './support/extension-build.js';
import { pageScriptPath } from '../../packages/extension/src/content/script-path.js';
import { pageScriptPlatform } from '../../packages/extension/src/hosts/hosts.js';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  web_accessible_resources?: unknown;
  content_scripts?: { matches: string[]; include_globs?: string[]; js?: string[] }[];
  content_security_policy?: unknown;
  action?: { default_popup?: string };
  minimum_chrome_version?: string;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
}

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const PLATFORM_HOSTS = /^https:\/\/(\*\.hubspot\.com|\*\.lightning\.force\.com|ads\.google\.com|(adsmanager|business|www)\.facebook\.com|www\.linkedin\.com)\//;

before(() => ensureExtensionBuilt());

for (const [browser, dir] of [['Chrome', CHROME_BUILD], ['Firefox', FIREFOX_BUILD]] as const) {
  test(`${browser}: MV3 asking only for storage, scripting and the platform hosts, with a popup, exposing no file to pages`, () => {
    const m = read(dir);
    assert.equal(m.manifest_version, 3);
    // scripting: a campaign page's script is injected by the background (no install warning of its own).
    assert.deepEqual(m.permissions, ['storage', 'scripting']);
    // A page can fetch no file of the extension to learn that it is installed.
    assert.equal(m.web_accessible_resources, undefined);
    assert.equal(m.optional_permissions, undefined);
    assert.ok(m.host_permissions?.length);
    for (const host of m.host_permissions!) assert.match(host, PLATFORM_HOSTS);
    // No content script is declared: a page without a campaign gets nothing; the background injects the rest.
    assert.equal(m.content_scripts, undefined);
    // No remote code: Chrome keeps its default policy; Firefox's only drops upgrade-insecure-requests,
    // which would turn a team server on this machine (ws://localhost) into wss:// (see wxt.config.ts).
    if (browser === 'Chrome') assert.equal(m.content_security_policy, undefined, 'the default CSP: no remote code');
    // A Chrome without checkVisibility's visibilityProperty would read records hidden by visibility: hidden.
    if (browser === 'Chrome') assert.equal(m.minimum_chrome_version, '121');
    else assert.deepEqual(m.content_security_policy, { extension_pages: "script-src 'self'" }, 'scripts from the extension only');
    assert.equal(m.action?.default_popup, 'popup.html');
    assert.doesNotMatch(JSON.stringify(m), /<all_urls>|"tabs"|\*:\/\/\*\//);
  });
}

/** What each platform's page reading looks for, from its selectors; HubSpot's and LinkedIn's pages give nothing to read. */
const PAGE_READING: Partial<Record<PlatformId, string>> = { salesforce: FIELD_PREFIX, 'google-ads': GOOGLE_ADS.row, meta: META.statusSwitch };

for (const [browser, dir] of [['Chrome', CHROME_BUILD], ['Firefox', FIREFOX_BUILD]] as const) {
  test(`${browser}: one page script per platform, holding its own page reading and none of the others', and making no facts`, () => {
    for (const platform of PLATFORMS) {
      const code = readFileSync(join(dir, pageScriptPath(platform)), 'utf8');
      for (const [other, looksFor] of Object.entries(PAGE_READING)) assert.equal(code.includes(looksFor), other === platform, `${platform}'s script and ${other}'s page reading`);
      // The facts are made in the background, which names the platform in each: no page script does.
      for (const named of PLATFORMS) assert.ok(!code.includes(`"${named}"`), `${platform}'s script makes ${named}'s facts`);
    }
  });
}

test("the page scripts go only into pages on each platform's app: HubSpot's every data centre, Salesforce's every org, the ads apps' paths on the shared hosts", () => {
  const cases: [string, string | null][] = [
    ['https://app.hubspot.com/marketing/51657317/campaigns/view/x', 'hubspot'],
    ['https://app-eu1.hubspot.com/marketing/1/campaigns#/view/x', 'hubspot'],
    ['https://app-na3.hubspot.com/x', 'hubspot'],
    ['https://www.hubspot.com/pricing', null],
    ['https://knowledge.hubspot.com/x', null],
    ['https://app-eu1.hubspot.com.example.com/', null],
    ['https://acme.lightning.force.com/lightning/r/Campaign/701/view', 'salesforce'],
    ['https://acme--uat.sandbox.lightning.force.com/lightning/r/Campaign/701/view', 'salesforce'],
    ['https://example.com/a.lightning.force.com/', null],
    ['https://ads.google.com/aw/campaigns?ocid=1', 'google-ads'],
    ['https://ads.google.com.example.com/', null],
    ['https://adsmanager.facebook.com/adsmanager/manage/campaigns', 'meta'],
    ['https://www.facebook.com/adsmanager/manage/campaigns', 'meta'],
    ['https://www.facebook.com/feed', null],
    ['https://www.linkedin.com/campaignmanager/accounts/1/campaigns', 'linkedin'],
    ['https://www.linkedin.com/feed/', null],
    ['http://app.hubspot.com/x', null],
  ];
  for (const [url, platform] of cases) assert.equal(pageScriptPlatform(url), platform, url);
});

test('Firefox: a gecko id and data-collection statement, and addons-linter finds no errors', async () => {
  const m = read(FIREFOX_BUILD);
  assert.ok(m.browser_specific_settings?.gecko?.id);
  assert.ok(m.browser_specific_settings?.gecko?.data_collection_permissions);
  const linterModule: string = 'addons-linter';
  const { default: linter } = (await import(linterModule)) as { default: { createInstance(o: unknown): { run(): Promise<{ errors: { code: string; message: string; file?: string }[]; summary: { errors: number } }> } } };
  const instance = linter.createInstance({
    config: { _: [resolve(FIREFOX_BUILD)], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
    runAsBinary: false,
  });
  const result = await instance.run();
  assert.deepEqual(result.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`), []);
  assert.equal(result.summary.errors, 0);
});
