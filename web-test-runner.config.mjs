import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { findChromium, CHROMIUM_FLAGS } from './scripts/chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { siteServerPlugin } from './test/browser/support/site-server.mjs';
import { teamServerPlugin } from './test/browser/support/team-server.mjs';
import { screenshotPlugin } from './test/browser/support/screenshots.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  files: ['packages/*/src/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  concurrency: 1,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig, target: 'es2022' }), siteServerPlugin(), teamServerPlugin(), screenshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS.filter((f) => !f.startsWith('--headless')) },
    }),
  ],
  reporters: [defaultReporter(), countReporter(process.env.PREFLIGHT_COUNTS ?? '.tmp/wtr-counts.json')],
};
