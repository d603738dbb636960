import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectPage } from '../platforms/index.js';
import { pageApiFacts } from './api-facts.js';

const PAGE = 'https://acme.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view';
const detection = detectPage(new URL(PAGE))!;
const record = readFileSync(new URL('salesforce/recorded/campaign.json', import.meta.url), 'utf8');
const problemOf = (result: Awaited<ReturnType<typeof pageApiFacts>>) => (result && 'problem' in result ? result.problem : undefined);

test("the answer a Salesforce page got from its org's API, as it came, is read by the background as the source reads a live one", async () => {
  const reads = await pageApiFacts(detection, PAGE, { status: 200, ok: true, body: record });
  assert.ok(Array.isArray(reads));
  assert.deepEqual(reads[0]!.facts.name, { value: 'Q3 Webinar', source: 'api:salesforce:fields.Name', confidence: 1, level: 'campaign', via: 'api' });
});

test('a refusal, a body that is not JSON, no answer at all, or no request: each a sentence, never a throw', async () => {
  assert.match(problemOf(await pageApiFacts(detection, PAGE, { status: 401, ok: false, body: '[{"errorCode":"INVALID_SESSION_ID"}]' }))!, /did not take this tab's session \(401, INVALID_SESSION_ID\)/);
  assert.match(problemOf(await pageApiFacts(detection, PAGE, { status: 200, ok: true, body: '<html>login</html>' }))!, /not a Campaign record/);
  assert.match(problemOf(await pageApiFacts(detection, PAGE, { failed: 'TypeError: Failed to fetch' }))!, /Failed to fetch/);
  const list = detectPage(new URL('https://acme.lightning.force.com/lightning/o/Campaign/list'))!;
  assert.match(problemOf(await pageApiFacts(list, PAGE, null))!, /names no campaign/);
});

test('a platform whose page asks no API of its own gets nothing from it', async () => {
  const hubspot = detectPage(new URL('https://app.hubspot.com/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d'))!;
  assert.equal(await pageApiFacts(hubspot, 'https://app.hubspot.com/', { status: 200, ok: true, body: '{}' }), null);
});
