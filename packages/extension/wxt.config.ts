import { defineConfig } from 'wxt';
import { HOST_MATCHES, HUBSPOT_API_ORIGIN } from './src/hosts/hosts';
import { contentFiles } from './content-build';

export default defineConfig({
  // Explicit imports everywhere: the code reads the same to tsc, eslint and the bundler.
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Preflight',
    description: 'Readiness checks for campaign pages on HubSpot, Salesforce, Google Ads, Meta and LinkedIn.',
    // scripting: the background injects a platform's page script into a tab once it shows a campaign;
    // no content script is declared, so a page without a campaign gets nothing.
    permissions: ['storage', 'scripting'],
    host_permissions: [...HOST_MATCHES],
    // Asked for only when the user turns the HubSpot API on in the options.
    optional_host_permissions: [HUBSPOT_API_ORIGIN],
    action: { default_title: 'Preflight' },
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
      : {
          // The page scripts tell a view on screen with checkVisibility's visibilityProperty
          // (src/platforms/dom.ts), which Chrome has from 121: an older one would ignore it and
          // read a record that visibility: hidden keeps off screen.
          minimum_chrome_version: '121',
        }),
  }),
  hooks: {
    // The bench probe only in the bench and test build (scripts/build-extension.mjs --for-tests).
    'build:publicAssets': async (_wxt, files) => {
      files.push(...(await contentFiles({ benchProbe: process.env.PREFLIGHT_BENCH_PROBE === '1' })));
    },
  },
  zip: { name: 'preflight', artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip', sourcesTemplate: '{{name}}-{{version}}-sources.zip' },
});
