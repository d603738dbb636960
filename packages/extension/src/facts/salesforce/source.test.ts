import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectPage } from '../../platforms/index.js';
import type { FactsProblem, Fetcher } from '../source.js';
import { recordUrl, SalesforceFactsSource } from './source.js';

const recorded = (name: string): unknown => JSON.parse(readFileSync(new URL(`recorded/${name}`, import.meta.url), 'utf8'));
const ORIGIN = 'https://acme.my.salesforce.com';
const detection = detectPage(new URL('https://acme.lightning.force.com/lightning/r/Campaign/7015g000000ABCdAAO/view'))!;
const answering = (status: number, body: unknown): Fetcher => async () => ({ ok: status < 300, status, headers: { get: () => null }, json: async () => body });
const read = (fetcher: Fetcher) => new SalesforceFactsSource(ORIGIN, fetcher).read(detection);

test('the Campaign record from the org’s instance: each fact at campaign level through the API, values not display text', async () => {
  let asked: { url: string; headers: Record<string, string> } | undefined;
  const reads = await read(async (url, init) => {
    asked = { url, headers: init.headers };
    return answering(200, recorded('campaign.json'))(url, init);
  });
  assert.equal(asked!.url, `${ORIGIN}/services/data/v62.0/ui-api/records/7015g000000ABCdAAO?optionalFields=Campaign.Name,Campaign.Status,Campaign.StartDate,Campaign.EndDate,Campaign.BudgetedCost,Campaign.CurrencyIsoCode,Campaign.Owner.Name`);
  assert.equal(recordUrl(ORIGIN, '7015g000000ABCdAAO'), asked!.url);
  // Credentials are the fetcher's own (a connector's token): the source adds none, and reads none.
  assert.deepEqual(asked!.headers, { accept: 'application/json' });
  assert.ok(Array.isArray(reads));
  const { facts, unread } = reads[0]!;
  assert.equal(facts.campaignKey, detection.campaignKeys[0]);
  assert.deepEqual(facts.name, { value: 'Q3 Webinar', source: 'api:salesforce:fields.Name', confidence: 1, level: 'campaign', via: 'api' });
  assert.equal(facts.status?.value, 'Planned');
  assert.equal(facts.startDate?.value, '2026-09-10');
  // A null end date is read as none: the field is there, empty.
  assert.equal(facts.endDate, undefined);
  assert.deepEqual(facts.budget?.value, { amount: '25000', unit: 'major', period: 'total', currency: 'USD' });
  assert.equal(facts.owner?.value, 'Priya Raman');
  assert.deepEqual(unread, ['trackingUrls']);
});

test('a field the org hides from the user is left out of the response: unread, not empty', async () => {
  const record = recorded('campaign.json') as { fields: Record<string, unknown> };
  const { BudgetedCost: _cost, CurrencyIsoCode: _currency, ...fields } = record.fields;
  const reads = await read(answering(200, { ...record, fields }));
  assert.ok(Array.isArray(reads));
  assert.deepEqual(reads[0]!.unread, ['budget', 'trackingUrls']);
});

test('an API the org or the user does not have (404, 403) is no fault: marked unavailable, so the page’s facts stand with a note; a refused session (401) is a problem', async () => {
  assert.deepEqual(await read(answering(401, recorded('error-invalid-session.json'))), {
    problem: "Salesforce's User Interface API refused the session (401, INVALID_SESSION_ID): it has expired or was revoked.",
  });
  assert.deepEqual(await read(answering(404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }])), {
    problem: "Salesforce's User Interface API is not open to this session (404, NOT_FOUND); facts from the page only.",
    unavailable: true,
  });
  assert.deepEqual(await read(answering(403, [{ errorCode: 'API_DISABLED_FOR_ORG', message: 'API is not enabled for this Organization or Partner' }])), {
    problem: "Salesforce's User Interface API is not open to this session (403, API_DISABLED_FOR_ORG); facts from the page only.",
    unavailable: true,
  });
  assert.deepEqual(await read(answering(403, [{ errorCode: 'INSUFFICIENT_ACCESS', message: 'insufficient access rights on object id' }])), {
    problem: "Salesforce's User Interface API is not open to this session (403, INSUFFICIENT_ACCESS); facts from the page only.",
    unavailable: true,
  });
});

test('a failing org, an unreachable one or something that is not a Campaign record is a problem naming what and where', async () => {
  // An HTML page where JSON was expected (a login page) says its status only.
  const html: Fetcher = async () => ({ ok: false, status: 500, headers: { get: () => null }, json: () => Promise.reject(new SyntaxError('Unexpected token <')) });
  assert.deepEqual(await read(html), { problem: "Salesforce's User Interface API would not give campaign 7015g000000ABCdAAO (500)." });
  assert.deepEqual(await read(() => Promise.reject(new TypeError('Failed to fetch'))), { problem: "Salesforce's User Interface API could not be reached (Failed to fetch)." });
  const account = { ...(recorded('campaign.json') as object), apiName: 'Account' };
  assert.match(((await read(answering(200, account))) as FactsProblem).problem, /not a Campaign record: apiName is "Account", not "Campaign" with fields\.$/);
  const badDate = recorded('campaign.json') as { fields: Record<string, unknown> };
  const broken = { ...badDate, fields: { ...badDate.fields, StartDate: { displayValue: '9/10/2026', value: '9/10/2026' } } };
  assert.match(((await read(answering(200, broken))) as FactsProblem).problem, /fields\.StartDate\.value = "9\/10\/2026", not in the form Salesforce gives it\.$/);
  assert.match(((await read(answering(200, { apiName: 'Campaign', fields: { Name: 'x' } }))) as FactsProblem).problem, /fields\.Name has no value\.$/);
});

test('a page that names no single campaign asks nothing', async () => {
  let asked = false;
  const list = detectPage(new URL('https://acme.lightning.force.com/lightning/o/Campaign/list?filterName=Recent'))!;
  const result = await new SalesforceFactsSource(ORIGIN, async () => ((asked = true), answering(200, {})(ORIGIN, { headers: {} }))).read(list);
  assert.deepEqual(result, { problem: 'This Salesforce page names no campaign.' });
  assert.equal(asked, false);
});
