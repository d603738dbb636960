import { defineConfig } from 'wxt';
import { CONTENT_MATCHES, HOST_MATCHES, HUBSPOT_API_ORIGIN, HUBSPOT_APP_GLOBS } from './src/hosts/hosts';
import { contentScriptPath } from './src/content/chunk-path';
import { CONTENT_PLATFORMS, contentFiles } from './content-build';

export default defineConfig({
  // Explicit imports everywhere: the code reads the same to tsc, eslint and the bundler.
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Preflight',
    description: 'Readiness checks for campaign pages on HubSpot, Salesforce, Google Ads, Meta and LinkedIn.',
    // scripting: the background injects the campaign chunk into a campaign page's content-script world.
    permissions: ['storage', 'scripting'],
    host_permissions: [...HOST_MATCHES],
    // Asked for only when the user turns the HubSpot API on in the options.
    optional_host_permissions: [HUBSPOT_API_ORIGIN],
    action: { default_title: 'Preflight' },
    content_scripts: CONTENT_PLATFORMS.map((platform) => ({
      matches: [...CONTENT_MATCHES[platform]],
      ...(platform === 'hubspot' ? { include_globs: [...HUBSPOT_APP_GLOBS] } : {}),
      js: [contentScriptPath(platform)],
      run_at: 'document_idle',
    })),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'preflight@preflight.invalid',
              strict_min_version: '142.0',
              // Nothing leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
          // Firefox's default policy for extension pages adds upgrade-insecure-requests, which turns a
          // team server on this machine (ws://localhost) into wss:// and fails the connection. A share
          // link allows plain ws:// only to loopback (src/team/share-link.ts), and the pages load
          // nothing over http, so nothing crosses a network in the clear without it.
          content_security_policy: { extension_pages: "script-src 'self'" },
        }
      : {}),
  }),
  hooks: {
    // The bench probe only in the bench and test build (scripts/build-extension.mjs --for-tests).
    'build:publicAssets': async (_wxt, files) => {
      files.push(...(await contentFiles({ benchProbe: process.env.PREFLIGHT_BENCH_PROBE === '1' })));
    },
  },
  zip: { name: 'preflight', artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip', sourcesTemplate: '{{name}}-{{version}}-sources.zip' },
});
