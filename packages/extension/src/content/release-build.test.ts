import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tokenizer } from 'acorn';
import { COMPILE_ALL_HINT, CONTENT_PLATFORMS, contentFiles, pageScriptEntry } from '../../content-build.js';
import { BATCH_MEASURE, READ_MARK } from './bench-probe.js';
import { PAGE_SCRIPT_ANSWER, pageScriptPath } from './script-path.js';

const EXTENSION_DIR = join(import.meta.dirname, '../..');
const PROBE_CODE = [BATCH_MEASURE, READ_MARK, 'performance.measure', 'performance.mark'];

test('each platform has a page script built from its own entry file', async () => {
  for (const platform of CONTENT_PLATFORMS) assert.ok(existsSync(join(EXTENSION_DIR, pageScriptEntry(platform))), `${platform}: no page script entry file`);
  const files = await contentFiles({ benchProbe: false });
  assert.deepEqual(files.map((f) => f.relativeDest).sort(), CONTENT_PLATFORMS.map(pageScriptPath).sort());
  // HubSpot's and LinkedIn's pages give nothing to read (their extract.ts): their scripts are the same watcher and panel.
  const readingNothing = files.filter((f) => f.relativeDest === pageScriptPath('hubspot') || f.relativeDest === pageScriptPath('linkedin'));
  assert.equal(readingNothing[0]!.contents, readingNothing[1]!.contents);
  assert.equal(new Set(files.map((f) => f.contents)).size, files.length - 1, 'each platform that reads its page gets its own script');
  for (const { relativeDest, contents } of files) {
    // At the top of the file, where V8 documents the hint.
    assert.ok(contents.startsWith(`${COMPILE_ALL_HINT}\n`), `${relativeDest} does not start with the compile hint`);
    // Its last statement's value answers the injection.
    assert.ok(contents.trimEnd().endsWith(PAGE_SCRIPT_ANSWER), `${relativeDest} does not end with the read it starts`);
  }
});

test("a platform's page script holds only its own page reading, and neither the core nor the panel's templates", async () => {
  const scripts = new Map((await contentFiles({ benchProbe: false })).map((f) => [f.relativeDest, f.contents]));
  for (const platform of CONTENT_PLATFORMS) {
    const script = scripts.get(pageScriptPath(platform))!;
    // No page script makes a request: the pages' own sessions are not used to ask an API.
    assert.ok(!script.includes('/ui-api/') && !/\bfetch\b/.test(script), `${platform} makes a request`);
    // The panel's markup and styles come from the background: a style rule and a label of its markup are not here.
    assert.ok(!script.includes('prefers-color-scheme') && !script.includes('No open blockers'), `${platform} carries the panel's templates`);
  }
});

test('a release build leaves the bench probe out of every page script; the bench and test build has it in each', async () => {
  for (const { relativeDest, contents } of await contentFiles({ benchProbe: false })) {
    for (const code of PROBE_CODE) assert.ok(!contents.includes(code), `${relativeDest} carries ${code}`);
  }
  for (const { relativeDest, contents } of await contentFiles({ benchProbe: true })) {
    for (const code of PROBE_CODE) assert.ok(contents.includes(code), `${relativeDest} lacks ${code}`);
  }
});

test('no page script holds a regular expression: the first one it ran would cost the host page about half a millisecond to compile', async () => {
  for (const { relativeDest, contents } of await contentFiles({ benchProbe: false })) {
    const expressions = [...tokenizer(contents, { ecmaVersion: 'latest' })].filter((t) => t.type.label === 'regexp').map((t) => contents.slice(t.start, t.end));
    assert.deepEqual(expressions, [], relativeDest);
    assert.ok(!contents.includes('RegExp('), `${relativeDest} builds a RegExp`);
  }
});
