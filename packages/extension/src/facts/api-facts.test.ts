import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectPage } from '../platforms/index.js';
import { pageApiFacts, pageApiRequest, recordedAnswer } from './api-facts.js';

const PAGE = 'https://acme.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view';
const detection = detectPage(new URL(PAGE))!;
const list = detectPage(new URL('https://acme.lightning.force.com/lightning/o/Campaign/list'))!;
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
  assert.match(problemOf(await pageApiFacts(list, PAGE, null))!, /names no campaign/);
});

test('a platform whose page asks no API of its own gets nothing from it', async () => {
  const hubspot = detectPage(new URL('https://app.hubspot.com/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d'))!;
  assert.equal(await pageApiFacts(hubspot, 'https://app.hubspot.com/', { status: 200, ok: true, body: '{}' }), null);
});

test("Salesforce's org API is asked only where the page falls short: a fact the API gives left unread, or read with doubt", async () => {
  const { campaignRead } = await import('../platforms/read.js');
  const key = detection.campaignKeys[0]!;
  const sure = <T>(value: T, confidence = 1) => ({ value, source: 'sfdc:RecordField.Campaign.X', confidence });
  const all = { name: sure('Q3 Webinar'), status: sure('Planned'), startDate: sure('2026-09-10'), endDate: sure('2026-09-30'), budget: sure({ amount: '25000', unit: 'major' as const, period: 'total' as const }), owner: sure('Priya Raman') };
  const ask = (facts: Parameters<typeof campaignRead>[2]) => pageApiRequest(detection, PAGE, [campaignRead('salesforce', key, facts, 'campaign')]);
  // Every fact the API gives is on the page, surely read (tracking URLs are not the API's to give): not asked.
  assert.equal(ask(all), undefined);
  // The end date not shown: asked, on the org's own origin.
  const { endDate: _end, ...noEnd } = all;
  assert.match(ask(noEnd)!, /^https:\/\/acme\.lightning\.force\.com\/services\/data\/v62\.0\/ui-api\/records\/7015g000000ABCdAAO\?/);
  // A numeric start date that a part over 12 settles (9/30/2026) is sure enough: not asked.
  assert.equal(ask({ ...all, startDate: sure('2026-09-30', 0.9) }), undefined);
  // One whose day and month could be either way round (9/10/2026): asked.
  assert.equal(typeof ask({ ...all, startDate: sure('2026-09-10', 0.7) }), 'string');
  // A page naming no single campaign: nothing to ask about (null); another platform's page: never asked.
  assert.equal(pageApiRequest(list, PAGE, []), null);
  const hubspot = detectPage(new URL('https://app.hubspot.com/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d'))!;
  assert.equal(pageApiRequest(hubspot, 'https://app.hubspot.com/', []), undefined);
});

test('what comes back from the page’s own world is taken as an answer only in its shape; anything else is a failure, named', () => {
  assert.deepEqual(recordedAnswer({ status: 200, ok: true, body: record }), { status: 200, ok: true, body: record });
  assert.deepEqual(recordedAnswer({ failed: 'TypeError: Failed to fetch' }), { failed: 'TypeError: Failed to fetch' });
  assert.deepEqual(recordedAnswer(undefined), { failed: 'the page gave back undefined, not an answer' });
  assert.deepEqual(recordedAnswer({ status: '200', ok: true, body: '{}' }), { failed: 'the page gave back {"status":"200","ok":true,"body":"{}"}, not an answer' });
  assert.match((recordedAnswer({ status: 200, ok: true, body: 'x'.repeat(1_000_001) }) as { failed: string }).failed, /1000001 characters/);
});
