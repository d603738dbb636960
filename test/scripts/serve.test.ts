import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serveStatic } from '../../scripts/serve.mjs';

let dir: string;
let server: Server;
let origin: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preflight-serve-'));
  mkdirSync(join(dir, 'site'));
  mkdirSync(join(dir, 'site-private'));
  writeFileSync(join(dir, 'site', 'index.html'), '<p>workspace</p>');
  writeFileSync(join(dir, 'site-private', 'secret.txt'), 'secret');
  const started = await serveStatic(join(dir, 'site'));
  server = started.server;
  origin = `http://127.0.0.1:${started.port}`;
});

after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('serves the index of the root', async () => {
  const response = await fetch(`${origin}/`);
  assert.equal(response.status, 200);
  assert.equal(await response.text(), '<p>workspace</p>');
});

test('never serves a sibling folder whose name starts like the root', async () => {
  const response = await fetch(`${origin}/..%2fsite-private%2fsecret.txt`);
  assert.equal(response.status, 403);
  assert.doesNotMatch(await response.text(), /secret/);
});

test('answers a path that is not valid percent-encoding with 400 and keeps serving', async () => {
  const bad = await fetch(`${origin}/%E0%A4%A`);
  assert.equal(bad.status, 400);
  assert.equal((await fetch(`${origin}/`)).status, 200);
});
