import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_PLATFORMS, campaignChunkEntry, contentFiles, contentScriptEntry } from '../../content-build.js';
import { TASK_MEASURE } from './bench-probe.js';
import { campaignChunkPath, contentScriptPath } from './chunk-path.js';

const EXTENSION_DIR = join(import.meta.dirname, '../..');
const PROBE_CODE = [TASK_MEASURE, 'performance.measure'];

const isChunk = (path: string) => path.startsWith('content-chunks/');

test('each platform has a content script and a campaign chunk, each built from its own entry file', async () => {
  for (const platform of CONTENT_PLATFORMS) {
    assert.ok(existsSync(join(EXTENSION_DIR, contentScriptEntry(platform))), `${platform}: no content script entry file`);
    assert.ok(existsSync(join(EXTENSION_DIR, campaignChunkEntry(platform))), `${platform}: no campaign chunk entry file`);
  }
  const files = await contentFiles({ benchProbe: false });
  assert.deepEqual(files.map((f) => f.relativeDest).sort(), [...CONTENT_PLATFORMS.map(contentScriptPath), ...CONTENT_PLATFORMS.map(campaignChunkPath)].sort());
  for (const kind of [false, true]) {
    const contents = files.filter((f) => isChunk(f.relativeDest) === kind).map((f) => f.contents);
    assert.equal(new Set(contents).size, contents.length, `each platform gets its own ${kind ? 'chunk' : 'script'}`);
  }
});

test("a platform's campaign chunk holds only its own page reading", async () => {
  const chunks = new Map((await contentFiles({ benchProbe: false })).filter((f) => isChunk(f.relativeDest)).map((f) => [f.relativeDest, f.contents]));
  // The User Interface API's path is Salesforce's alone.
  for (const platform of CONTENT_PLATFORMS) assert.equal(chunks.get(campaignChunkPath(platform))!.includes('/ui-api/'), platform === 'salesforce', platform);
});

test('a release build leaves the bench probe out of every content file; the bench and test build has it in each script', async () => {
  for (const { relativeDest, contents } of await contentFiles({ benchProbe: false })) {
    for (const code of PROBE_CODE) assert.ok(!contents.includes(code), `${relativeDest} carries ${code}`);
  }
  for (const { relativeDest, contents } of await contentFiles({ benchProbe: true })) {
    if (isChunk(relativeDest)) continue;
    for (const code of PROBE_CODE) assert.ok(contents.includes(code), `${relativeDest} lacks ${code}`);
  }
});
