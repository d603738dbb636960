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
  assert.match(problemOf(await pageApiFacts(detection, PAGE, { status: 401, ok: false, body: '[{"errorCode":"INVALID_SESSION_ID"}]' }))!, /does not take this browser's session \(401, INVALID_SESSION_ID\); facts from the page only/);
  assert.match(problemOf(await pageApiFacts(detection, PAGE, { status: 200, ok: true, body: '<html>login</html>' }))!, /not a Campaign record/);
  assert.match(problemOf(await pageApiFacts(detection, PAGE, { failed: 'TypeError: Failed to fetch' }))!, /Failed to fetch/);
  const list = detectPage(new URL('https://acme.lightning.force.com/lightning/o/Campaign/list'))!;
  assert.match(problemOf(await pageApiFacts(list, PAGE, null))!, /names no campaign/);
});

test('a platform whose page asks no API of its own gets nothing from it', async () => {
  const hubspot = detectPage(new URL('https://app.hubspot.com/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d'))!;
  assert.equal(await pageApiFacts(hubspot, 'https://app.hubspot.com/', { status: 200, ok: true, body: '{}' }), null);
});

test("Salesforce's page asks its org's API only where the page falls short: a fact the API gives left unread, or read with doubt", async () => {
  const { salesforcePageAnswer } = await import('./api-facts.js');
  const { campaignRead } = await import('../platforms/read.js');
  const key = detection.campaignKeys[0]!;
  const sure = <T>(value: T, confidence = 1) => ({ value, source: 'sfdc:RecordField.Campaign.X', confidence });
  const all = { name: sure('Q3 Webinar'), status: sure('Planned'), startDate: sure('2026-09-10'), endDate: sure('2026-09-30'), budget: sure({ amount: '25000', unit: 'major' as const, period: 'total' as const }), owner: sure('Priya Raman') };
  const asked: string[] = [];
  const world = globalThis as { location?: unknown; fetch: typeof fetch };
  const realFetch = world.fetch;
  world.location = { origin: 'https://acme.lightning.force.com' };
  world.fetch = (async (url: string) => (asked.push(url), new Response(record, { status: 200 }))) as typeof fetch;
  try {
    // Every fact the API gives is on the page, surely read (tracking URLs are not the API's to give): not asked.
    assert.equal(await salesforcePageAnswer(detection, [campaignRead('salesforce', key, all, 'campaign')]), undefined);
    assert.deepEqual(asked, []);
    // The end date not shown: asked, and its answer handed on as it came.
    const { endDate: _end, ...noEnd } = all;
    assert.deepEqual(await salesforcePageAnswer(detection, [campaignRead('salesforce', key, noEnd, 'campaign')]), { status: 200, ok: true, body: record });
    // A numeric start date that a part over 12 settles (9/30/2026) is sure enough: not asked.
    assert.equal(await salesforcePageAnswer(detection, [campaignRead('salesforce', key, { ...all, startDate: sure('2026-09-30', 0.9) }, 'campaign')]), undefined);
    // One whose day and month could be either way round (9/10/2026): asked.
    await salesforcePageAnswer(detection, [campaignRead('salesforce', key, { ...all, startDate: sure('2026-09-10', 0.7) }, 'campaign')]);
    assert.equal(asked.length, 2);
    // An org whose API never answers is given up on, and the page's facts stand.
    world.fetch = (() => new Promise(() => undefined)) as typeof fetch;
    assert.deepEqual(await salesforcePageAnswer(detection, [campaignRead('salesforce', key, noEnd, 'campaign')], 20), { failed: 'no answer within 0.02 s' });
    assert.match(asked[0]!, /^https:\/\/acme\.lightning\.force\.com\/services\/data\/v62\.0\/ui-api\/records\/7015g000000ABCdAAO\?/);
  } finally {
    world.fetch = realFetch;
    delete world.location;
  }
});
