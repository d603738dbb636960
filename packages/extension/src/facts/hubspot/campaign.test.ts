import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { detectPage } from '../../platforms/index.js';
import { HubSpotFactsSource, campaignUrl } from './source.js';
import { publicCampaign } from './schema.js';
import { againstSpec, openapi, recordedResponse } from './spec-check.js';
import type { FactsProblem, Fetcher } from '../source.js';

const here = new URL('./', import.meta.url);
const recorded = recordedResponse;

const detection = detectPage(new URL('https://app.hubspot.com/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d'))!;
const answering = (status: number, body: unknown, headers: Record<string, string> = {}): Fetcher => async () => ({ ok: status < 300, status, headers: { get: (name) => headers[name.toLowerCase()] ?? null }, json: async () => body });

test('every recorded campaign matches HubSpot’s published PublicCampaign, and the error its Error', () => {
  const files = readdirSync(new URL('recorded/', here)).filter((f) => f.endsWith('.json') && f !== 'rate-limit.json');
  assert.ok(files.length >= 4);
  for (const file of files) assert.deepEqual(againstSpec(file.startsWith('error') ? 'Error' : 'PublicCampaign', recorded(file)), [], file);
});

test('the recorded 429 is outside the published document (no category), with the fields HubSpot’s usage guidelines name', () => {
  const body = recorded('rate-limit.json') as Record<string, unknown>;
  assert.deepEqual(againstSpec('Error', body), ['/category is required']);
  assert.equal(body.errorType, 'RATE_LIMIT');
  for (const field of ['status', 'message', 'correlationId', 'policyName']) assert.equal(typeof body[field], 'string', field);
});

test('the zod schema the background validates with asks for what the published definition requires', () => {
  const spec = openapi.components.schemas.PublicCampaign!;
  assert.deepEqual(Object.keys(publicCampaign.def.shape).sort(), Object.keys(spec.properties!).sort());
  assert.deepEqual([...spec.required!].sort(), Object.keys(publicCampaign.def.shape).sort());
  for (const file of ['campaign.json', 'campaign-empty-properties.json']) assert.equal(publicCampaign.safeParse(recorded(file)).success, true, file);
  // What the definition refuses, the schema refuses too.
  for (const broken of [{ ...(recorded('campaign.json') as object), properties: { hs_name: 5 } }, { id: 'x' }]) {
    assert.notDeepEqual(againstSpec('PublicCampaign', broken), []);
    assert.equal(publicCampaign.safeParse(broken).success, false);
  }
});

test('a campaign read through the API: every fact at campaign level, via the API; tracking URLs are not the API’s to say', async () => {
  let asked = '';
  const source = new HubSpotFactsSource('pat-na1-test', async (url, init) => {
    asked = `${url} ${init.headers.authorization}`;
    return answering(200, recorded('campaign.json'))(url, init);
  });
  const reads = await source.read(detection);
  assert.ok(Array.isArray(reads));
  const { facts, unread } = reads[0]!;
  assert.equal(asked, `${campaignUrl('https://api.hubapi.com', '22eb0e01-1471-41ba-8e6a-abd2ba62c37d')} Bearer pat-na1-test`);
  assert.deepEqual(facts.name, { value: '2026q3_emea_email_product-launch', source: 'api:hubspot:properties.hs_name', confidence: 1, level: 'campaign', via: 'api' });
  assert.equal(facts.startDate?.value, '2026-08-21');
  assert.deepEqual(facts.budget?.value, { amount: '15000', unit: 'major', period: 'total', currency: 'EUR' });
  assert.deepEqual(unread, ['trackingUrls']);
});

test('an empty property is left out of the response: read as empty, not unread', async () => {
  const reads = await new HubSpotFactsSource('t', answering(200, recorded('campaign-empty-properties.json'))).read(detection);
  assert.ok(Array.isArray(reads));
  assert.equal(reads[0]!.facts.endDate, undefined);
  assert.deepEqual(reads[0]!.unread, ['trackingUrls']);
});

test('a refusal, a malformed answer or a bad property value is a problem that says what and where', async () => {
  const read = (fetcher: Fetcher) => new HubSpotFactsSource('t', fetcher).read(detection);
  assert.deepEqual(await read(answering(401, recorded('error-unauthorized.json'))), {
    problem:
      "HubSpot refused the private app token (401): it is wrong, expired or revoked. Paste a new one in Preflight's options. HubSpot says: Authentication credentials not found. This API supports both API Key and OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
  });
  assert.match((await read(answering(403, recorded('error-forbidden.json'))) as FactsProblem).problem, /^The private app may not read campaigns \(403\): give it the marketing\.campaigns\.read scope in HubSpot\. HubSpot says: This app hasn't been granted/);
  assert.deepEqual(await read(answering(429, recorded('rate-limit.json'), { 'retry-after': '7' })), { problem: "HubSpot's API is limiting requests (429): Preflight asks again in 7 seconds.", retryAfterSeconds: 7 });
  // Without a Retry-After it can read, HubSpot's ten-second window.
  assert.equal((await read(answering(429, recorded('rate-limit.json'), { 'retry-after': 'soon' })) as FactsProblem).retryAfterSeconds, 10);
  // A refusal whose body is not JSON (a proxy's page) still says what happened.
  const html: Fetcher = async () => ({ ok: false, status: 502, headers: { get: () => null }, json: () => Promise.reject(new SyntaxError('Unexpected token <')) });
  assert.deepEqual(await read(html), { problem: "HubSpot's API could not answer for campaign 22eb0e01-1471-41ba-8e6a-abd2ba62c37d (502)." });
  const malformed = await read(answering(200, { id: 'x', properties: [] }));
  assert.match((malformed as FactsProblem).problem, /does not match its published definition: properties: /);
  const badDate = await read(answering(200, { ...(recorded('campaign.json') as object), properties: { hs_start_date: '21/08/2026' } }));
  assert.match((badDate as FactsProblem).problem, /properties\.hs_start_date = "21\/08\/2026"/);
  const offline = await read(() => Promise.reject(new TypeError('Failed to fetch')));
  assert.deepEqual(offline, { problem: "HubSpot's API could not be reached (Failed to fetch)." });
});
