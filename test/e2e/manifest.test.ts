import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PLATFORMS } from '@preflight/core';
import { CHROME_BUILD, ensureExtensionBuilt, FIREFOX_BUILD } from './support/extension-build.js';
import { PLATFORM_HOSTS as HOSTS_OF } from '../../packages/extension/src/hosts/hosts.js';
import { contentScriptPath } from '../../packages/extension/src/content/chunk-path.js';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  web_accessible_resources?: unknown;
  content_scripts?: { matches: string[]; include_globs?: string[]; js?: string[] }[];
  content_security_policy?: unknown;
  action?: { default_popup?: string };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
}

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const PLATFORM_HOSTS = /^https:\/\/(\*\.hubspot\.com|\*\.lightning\.force\.com|ads\.google\.com|(adsmanager|business|www)\.facebook\.com|www\.linkedin\.com)\//;

before(() => ensureExtensionBuilt());

for (const [browser, dir] of [['Chrome', CHROME_BUILD], ['Firefox', FIREFOX_BUILD]] as const) {
  test(`${browser}: MV3 asking only for storage, scripting and the platform hosts, with a popup, exposing no file to pages`, () => {
    const m = read(dir);
    assert.equal(m.manifest_version, 3);
    // scripting: the campaign chunk is injected by the background (no install warning of its own).
    assert.deepEqual(m.permissions, ['storage', 'scripting']);
    // A page can fetch no file of the extension to learn that it is installed.
    assert.equal(m.web_accessible_resources, undefined);
    assert.equal(m.optional_permissions, undefined);
    assert.ok(m.host_permissions?.length);
    for (const host of m.host_permissions!) assert.match(host, PLATFORM_HOSTS);
    for (const match of m.content_scripts!.flatMap((c) => c.matches)) assert.match(match, PLATFORM_HOSTS);
    // No remote code: Chrome keeps its default policy; Firefox's only drops upgrade-insecure-requests,
    // which would turn a team server on this machine (ws://localhost) into wss:// (see wxt.config.ts).
    if (browser === 'Chrome') assert.equal(m.content_security_policy, undefined, 'the default CSP: no remote code');
    else assert.deepEqual(m.content_security_policy, { extension_pages: "script-src 'self'" }, 'scripts from the extension only');
    assert.equal(m.action?.default_popup, 'popup.html');
    assert.doesNotMatch(JSON.stringify(m), /<all_urls>|"tabs"|\*:\/\/\*\//);
    // HubSpot's permission is its domain (a data centre's app host cannot be a match pattern); the
    // script runs on the app hosts alone, every data centre's.
    const hubspot = m.content_scripts!.find((c) => c.matches.includes('https://*.hubspot.com/*'));
    assert.deepEqual(hubspot?.include_globs, ['https://app.hubspot.com/*', 'https://app-*.hubspot.com/*']);
    for (const script of m.content_scripts!.filter((c) => c !== hubspot)) assert.equal(script.include_globs, undefined);
  });
}

/** A string only each platform's URL detection holds: its app's host name. */
const HOST_WORD = { hubspot: 'hubspot.com', salesforce: 'lightning', 'google-ads': 'ads.google.com', meta: 'facebook.com', linkedin: 'linkedin.com' } as const;
const originOf = (pattern: string) => pattern.slice(0, pattern.indexOf('/', 'https://'.length) + 1);

for (const [browser, dir] of [['Chrome', CHROME_BUILD], ['Firefox', FIREFOX_BUILD]] as const) {
  test(`${browser}: one content script per platform, run on that platform's hosts only and holding none of the others' code`, () => {
    const scripts = read(dir).content_scripts!;
    assert.deepEqual(scripts.map((s) => s.js), PLATFORMS.map((p) => [contentScriptPath(p)]));
    for (const [i, platform] of PLATFORMS.entries()) {
      const origins = HOSTS_OF[platform].origins.map(originOf);
      for (const match of scripts[i]!.matches) assert.ok(origins.includes(originOf(match)), `${match} is not a ${platform} host`);
      const code = readFileSync(join(dir, contentScriptPath(platform)), 'utf8');
      assert.ok(code.includes(HOST_WORD[platform]), `${platform}'s script detects its own pages`);
      for (const other of PLATFORMS.filter((p) => p !== platform)) assert.ok(!code.includes(HOST_WORD[other]), `${platform}'s script holds ${other}'s code`);
    }
  });
}

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
