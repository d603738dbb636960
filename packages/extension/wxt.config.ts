import { defineConfig } from 'wxt';
import { HOST_MATCHES } from './src/hosts/hosts';

export default defineConfig({
  // Explicit imports everywhere: the code reads the same to tsc, eslint and the bundler.
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Preflight',
    description: 'Readiness checks for campaign pages on HubSpot, Salesforce, Google Ads, Meta and LinkedIn.',
    permissions: ['storage'],
    host_permissions: [...HOST_MATCHES],
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
        }
      : {}),
  }),
  zip: { name: 'preflight', artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip', sourcesTemplate: '{{name}}-{{version}}-sources.zip' },
});
