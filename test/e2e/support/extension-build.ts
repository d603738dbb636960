import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BATCH_MEASURE } from '../../../packages/extension/src/content/bench-probe.js';
import { pageScriptPath } from '../../../packages/extension/src/content/script-path.js';

export const EXTENSION_DIR = 'packages/extension';
export const CHROME_BUILD = join(EXTENSION_DIR, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(EXTENSION_DIR, '.output/firefox-mv3');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (/(^|\/)(node_modules|\.output|\.wxt)\//.test(path)) continue;
    newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The test build carries the bench probe; a release build (`npm run build`) does not. */
function isTestBuild(dir: string): boolean {
  const script = join(dir, pageScriptPath('hubspot'));
  return existsSync(join(dir, 'manifest.json')) && existsSync(script) && readFileSync(script, 'utf8').includes(BATCH_MEASURE);
}

/** Reuses the test build from scripts/build.mjs --for-tests when it is newer than the sources; builds otherwise. */
export function ensureExtensionBuilt(): void {
  const manifest = join(FIREFOX_BUILD, 'manifest.json');
  // The options page renders the components' settings form: their sources count too.
  const sources = Math.max(newestSource(EXTENSION_DIR), newestSource('packages/core/src'), newestSource('packages/components/src'));
  if (isTestBuild(CHROME_BUILD) && isTestBuild(FIREFOX_BUILD) && statSync(manifest).mtimeMs >= sources) return;
  const { status, stdout, stderr } = spawnSync(process.execPath, ['scripts/build-extension.mjs', '--for-tests'], { encoding: 'utf8' });
  if (status !== 0) throw new Error(`the extension did not build:\n${stdout}\n${stderr}`);
}
