import { defineConfig } from 'wxt';
import { build } from 'esbuild';
import { HOST_MATCHES } from './src/hosts/hosts';
import { CAMPAIGN_CHUNK } from './src/content/chunk-path';

/**
 * The content script's campaign chunk (page reading, checks, panel) as an ES module of its own,
 * which the content script imports once a campaign page is in view. WXT bundles each content
 * script into one file, so this one is built here and added to the output as an asset.
 */
async function campaignChunk(): Promise<string> {
  const result = await build({
    entryPoints: ['src/content/chunk.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: true,
    legalComments: 'none',
    // Chromium's explicit compile hint: every function is compiled with the module, off the main
    // thread while it streams in, instead of lazily on first call inside the read, check and draw
    // tasks on the page's main thread. Other browsers ignore the comment.
    banner: { js: '//# allFunctionsCalledOnLoad' },
    write: false,
  });
  return result.outputFiles[0]!.text;
}

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
    // Pages on the platform hosts may fetch the chunk too: it holds no secrets. Chrome serves it
    // from a per-session URL, so a page cannot tell from it that the extension is installed.
    web_accessible_resources: [{ resources: [CAMPAIGN_CHUNK], matches: [...HOST_MATCHES], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
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
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: CAMPAIGN_CHUNK, contents: await campaignChunk() });
    },
  },
  zip: { name: 'preflight', artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip', sourcesTemplate: '{{name}}-{{version}}-sources.zip' },
});
