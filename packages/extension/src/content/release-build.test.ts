import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_PLATFORMS, contentFiles, contentScriptEntry } from '../../content-build.js';
import { TASK_MEASURE } from './bench-probe.js';
import { CAMPAIGN_CHUNK, contentScriptPath } from './chunk-path.js';

const EXTENSION_DIR = join(import.meta.dirname, '../..');
const PROBE_CODE = [TASK_MEASURE, 'performance.measure'];

test('each platform has a content script built from its own entry file, and the campaign chunk beside them', async () => {
  for (const platform of CONTENT_PLATFORMS) assert.ok(existsSync(join(EXTENSION_DIR, contentScriptEntry(platform))), `${platform}: no entry file`);
  const files = await contentFiles({ benchProbe: false });
  assert.deepEqual(files.map((f) => f.relativeDest).sort(), [...CONTENT_PLATFORMS.map(contentScriptPath), CAMPAIGN_CHUNK].sort());
  const scripts = files.filter((f) => f.relativeDest !== CAMPAIGN_CHUNK).map((f) => f.contents);
  assert.equal(new Set(scripts).size, scripts.length, 'each platform gets its own script');
});

test('a release build leaves the bench probe out of every content file; the bench and test build has it in each script', async () => {
  for (const { relativeDest, contents } of await contentFiles({ benchProbe: false })) {
    for (const code of PROBE_CODE) assert.ok(!contents.includes(code), `${relativeDest} carries ${code}`);
  }
  for (const { relativeDest, contents } of await contentFiles({ benchProbe: true })) {
    if (relativeDest === CAMPAIGN_CHUNK) continue;
    for (const code of PROBE_CODE) assert.ok(contents.includes(code), `${relativeDest} lacks ${code}`);
  }
});
