import { defineConfig } from 'wxt';
import { build } from 'esbuild';
import type { PlatformId } from '@preflight/core';
import { CONTENT_MATCHES, HOST_MATCHES, HUBSPOT_API_ORIGIN, HUBSPOT_APP_GLOBS } from './src/hosts/hosts';
import { CAMPAIGN_CHUNK, contentScriptPath } from './src/content/chunk-path';

const TARGET = ['chrome120', 'firefox128'];

/** Each platform's URL detector: the one piece of platform code its content script holds. */
const DETECTORS: Record<PlatformId, string> = {
  hubspot: 'hubspotDetector',
  salesforce: 'salesforceDetector',
  'google-ads': 'googleAdsDetector',
  meta: 'metaDetector',
  linkedin: 'linkedinDetector',
};
const PLATFORMS = Object.keys(DETECTORS) as PlatformId[];

/**
 * One content script per platform, on that platform's pages only, so a page compiles just its own
 * URL detection. Built here rather than as WXT content entrypoints: WXT wraps each one in a script
 * context (an id, an abort controller, a DOM event to older copies, a location watcher sending
 * window events) that the page pays for at load; src/content/script-life.ts does the part needed.
 */
async function contentScript(platform: PlatformId): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { ${DETECTORS[platform]} } from './src/platforms/${platform}/detect.ts';\nimport { startContent } from './src/content/start.ts';\nstartContent(${DETECTORS[platform]});\n`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: TARGET,
    minify: true,
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

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
    target: TARGET,
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
    // Asked for only when the user turns the HubSpot API on in the options.
    optional_host_permissions: [HUBSPOT_API_ORIGIN],
    action: { default_title: 'Preflight' },
    content_scripts: PLATFORMS.map((platform) => ({
      matches: [...CONTENT_MATCHES[platform]],
      ...(platform === 'hubspot' ? { include_globs: [...HUBSPOT_APP_GLOBS] } : {}),
      js: [contentScriptPath(platform)],
      run_at: 'document_idle',
    })),
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
          // Firefox's default policy for extension pages adds upgrade-insecure-requests, which turns a
          // team server on this machine (ws://localhost) into wss:// and fails the connection. A share
          // link allows plain ws:// only to loopback (src/team/share-link.ts), and the pages load
          // nothing over http, so nothing crosses a network in the clear without it.
          content_security_policy: { extension_pages: "script-src 'self'" },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: CAMPAIGN_CHUNK, contents: await campaignChunk() });
      for (const platform of PLATFORMS) files.push({ relativeDest: contentScriptPath(platform), contents: await contentScript(platform) });
    },
  },
  zip: { name: 'preflight', artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip', sourcesTemplate: '{{name}}-{{version}}-sources.zip' },
});
