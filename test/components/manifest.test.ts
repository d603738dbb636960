import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { relative, join } from 'node:path';
import { tmpdir } from 'node:os';
import { analyseElements } from '../../scripts/build-dropin.mjs';

const PKG = 'packages/components';

test('the committed custom-elements.json matches a fresh analysis of the JSDoc (npm run build updates it)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-cem-'));
  try {
    const fresh = analyseElements(relative(PKG, dir));
    const committed = readFileSync(`${PKG}/custom-elements.json`, 'utf8');
    if (committed !== fresh) {
      const a = committed.split('\n');
      const b = fresh.split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      assert.fail(`custom-elements.json is stale from line ${line + 1} (committed: ${JSON.stringify(a[line]?.trim())}, fresh: ${JSON.stringify(b[line]?.trim())}); run npm run build and commit it`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the manifest declares every element with its tag name', () => {
  const manifest = JSON.parse(readFileSync(`${PKG}/custom-elements.json`, 'utf8'));
  const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
  for (const tag of ['preflight-raci', 'preflight-blocker-log', 'preflight-checklist', 'preflight-badge', 'preflight-brief', 'preflight-timeline', 'preflight-approvals', 'preflight-actions', 'preflight-metrics', 'preflight-agenda', 'preflight-team-settings']) assert.ok(tags.includes(tag), tag);
});
