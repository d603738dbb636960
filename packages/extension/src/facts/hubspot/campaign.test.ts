import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { detectPage } from '../../platforms/index.js';
import { HubSpotFactsSource, campaignUrl } from './source.js';
import { publicCampaign } from './schema.js';
import type { Fetcher } from '../source.js';

const here = new URL('./', import.meta.url);
const openapi = JSON.parse(readFileSync(new URL('campaigns-openapi.json', here), 'utf8')) as { components: { schemas: Record<string, Schema> } };
const recorded = (name: string): unknown => JSON.parse(readFileSync(new URL(`recorded/${name}`, here), 'utf8'));

/** The part of OpenAPI 3.0's schema objects HubSpot's document uses for these responses. */
interface Schema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number';
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  enum?: string[];
}

/** HubSpot's own definition as the judge: every place a value breaks the vendored schema. */
function violations(schema: Schema, value: unknown, at = ''): string[] {
  if (schema.$ref) return violations(openapi.components.schemas[schema.$ref.replace('#/components/schemas/', '')]!, value, at);
  const is = { object: typeof value === 'object' && value !== null && !Array.isArray(value), array: Array.isArray(value), string: typeof value === 'string', integer: Number.isInteger(value), number: typeof value === 'number' };
  if (schema.type && !is[schema.type]) return [`${at || '/'} is not ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value as string)) return [`${at} is not one of the enum`];
  if (Array.isArray(value)) return value.flatMap((v, i) => (schema.items ? violations(schema.items, v, `${at}/${i}`) : []));
  if (!is.object) return [];
  const record = value as Record<string, unknown>;
  return [
    ...(schema.required ?? []).filter((k) => !(k in record)).map((k) => `${at}/${k} is required`),
    ...Object.entries(record).flatMap(([k, v]) => {
      const sub = schema.properties?.[k] ?? schema.additionalProperties;
      return sub ? violations(sub, v, `${at}/${k}`) : [];
    }),
  ];
}
const againstSpec = (schema: string, body: unknown) => violations({ $ref: `#/components/schemas/${schema}` }, body);

const detection = detectPage(new URL('https://app.hubspot.com/marketing/51657317/campaigns/22eb0e01-1471-41ba-8e6a-abd2ba62c37d'))!;
const answering = (status: number, body: unknown): Fetcher => async () => ({ ok: status < 300, status, json: async () => body });

test('every recorded campaign matches HubSpot’s published PublicCampaign, and the error its Error', () => {
  const files = readdirSync(new URL('recorded/', here)).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 3);
  for (const file of files) assert.deepEqual(againstSpec(file.startsWith('error') ? 'Error' : 'PublicCampaign', recorded(file)), [], file);
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
  assert.deepEqual(await new HubSpotFactsSource('t', answering(401, recorded('error-unauthorized.json'))).read(detection), {
    problem: "HubSpot's API refused campaign 22eb0e01-1471-41ba-8e6a-abd2ba62c37d (401, INVALID_AUTHENTICATION: Authentication credentials not found. This API supports both API Key and OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview).",
  });
  const malformed = await new HubSpotFactsSource('t', answering(200, { id: 'x', properties: [] })).read(detection);
  assert.match((malformed as { problem: string }).problem, /does not match its published definition: properties: /);
  const badDate = await new HubSpotFactsSource('t', answering(200, { ...(recorded('campaign.json') as object), properties: { hs_start_date: '21/08/2026' } })).read(detection);
  assert.match((badDate as { problem: string }).problem, /properties\.hs_start_date = "21\/08\/2026"/);
  const offline = await new HubSpotFactsSource('t', () => Promise.reject(new Error('Failed to fetch'))).read(detection);
  assert.deepEqual(offline, { problem: "HubSpot's API could not be reached: Failed to fetch" });
});
