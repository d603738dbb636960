import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fact } from '../platforms/dom.js';
import { campaignRead, from } from '../platforms/read.js';
import { withApiFacts } from './merge.js';

const KEY = 'salesforce:7015g000000ABCdAAO';
const page = campaignRead('salesforce', KEY, { name: fact('Q3 Webinar', 'page:name', 0.9), endDate: fact('2026-09-30', 'page:end', 0.9) }, 'campaign');
const api = campaignRead('salesforce', KEY, { name: from(fact('2026q3_na_email_webinar', 'api:Name', 1), 'campaign', 'api'), status: from(fact('In Progress', 'api:Status', 1), 'campaign', 'api') }, 'campaign', new Set(['endDate', 'startDate']));

test('a fact the API read wins over the page’s, an empty one too; the page’s stands where the API says nothing; unread only when neither read it', () => {
  const [merged] = withApiFacts([page], [api]);
  assert.equal(merged!.facts.name?.value, '2026q3_na_email_webinar');
  assert.equal((merged!.facts.name as { via?: string }).via, 'api');
  assert.equal(merged!.facts.status?.value, 'In Progress');
  // The API's record has no end date: the page's differing one is not kept.
  assert.equal(merged!.facts.endDate, undefined);
  assert.deepEqual(merged!.unread, ['budget', 'owner', 'trackingUrls']);
  assert.equal(merged!.apiProblem, undefined);
});

test('an API that failed leaves the page’s facts, each campaign saying why; an API turned off changes nothing', () => {
  const [failed] = withApiFacts([page], { problem: 'HubSpot refused the private app token (401).' });
  assert.deepEqual(failed, { ...page, apiProblem: 'HubSpot refused the private app token (401).' });
  assert.deepEqual(withApiFacts([page], null), [page]);
});

test('an API not open here is no failure: the page’s facts with a note, no problem', () => {
  const note = "Salesforce's User Interface API is not open to this session (404, NOT_FOUND); facts from the page only.";
  const [quiet] = withApiFacts([page], { problem: note, unavailable: true });
  assert.deepEqual(quiet, { ...page, apiNote: note });
});

test('a campaign the page showed nothing of is still described by the API', () => {
  assert.deepEqual(withApiFacts([], [api]), [api]);
});
