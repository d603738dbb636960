import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { recordUrl } from '../../../../packages/extension/src/facts/salesforce/source.js';
import { CAMPAIGN_ID, EXAMPLE, recordHtml, SETTLED_ID } from '../../../../packages/extension/src/platforms/salesforce/fixtures.js';
import { browserForFile, waitForPanel, type Launch } from '../extension-browser.js';
import type { ServerResponse } from 'node:http';
import type { ServedPage } from '../https-server.js';

const ORIGIN = 'https://initech.lightning.force.com';
const RECORD_URL = `${ORIGIN}/lightning/r/Campaign/${CAMPAIGN_ID}/view`;
/** A record page whose own scripts replaced `fetch` and `Response.prototype.text` with ones that forge a Campaign record. */
const FETCH_REPLACED = `${ORIGIN}/lightning/r/Campaign/7015g000000XYZaAAO/view`;
const FORGED = JSON.stringify({ apiName: 'Campaign', fields: { Name: { value: 'Forged', displayValue: 'Forged' } } });
const FORGING_SCRIPT = `window.fetch = async () => new Response(${JSON.stringify(FORGED)}); Response.prototype.text = async () => ${JSON.stringify(FORGED)};`;
/** A record page that shows every fact the API gives, surely (its end date settles its start date's order): it asks nothing. */
const FULLY_READ = `${ORIGIN}/lightning/r/Campaign/${SETTLED_ID}/view`;
/** The org's session cookie as Salesforce sets it: HttpOnly, so no script reads it; the browser sends it. */
const SESSION = 'sid=00D5g000004abcd!AQ4AQFakeSessionForTests';
const recorded = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../../packages/extension/src/facts/salesforce/recorded/${name}`, import.meta.url), 'utf8'));

/**
 * Salesforce's User Interface API from the org's own origin: a record page whose fields are not
 * rendered (only the name shows), and the org answering `/services/data/…/ui-api/records/{id}` with
 * the recorded Campaign record from Salesforce's documentation.
 */
export function salesforceApiSuite(launch: Launch): void {
  const requests: { path: string; cookie?: string; authorization?: string }[] = [];
  let answer: { status: number; body: unknown } | 'never' = { status: 200, body: recorded('campaign.json') };
  /** Requests the org is keeping open (answer 'never'), ended once their test is done. */
  const open: ServerResponse[] = [];
  const pages: ServedPage[] = [
    {
      url: RECORD_URL,
      html: '',
      respond: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': `${SESSION}; Path=/; Secure; HttpOnly; SameSite=Lax` });
        res.end(recordHtml({ fields: { Name: EXAMPLE.fields.Name! } }));
      },
    },
    { url: FULLY_READ, html: recordHtml({ fields: { ...EXAMPLE.fields, StartDate: '9/1/2026', EndDate: '9/30/2026' } }) },
    { url: FETCH_REPLACED, html: recordHtml({ fields: { Name: EXAMPLE.fields.Name! } }).replace('</body>', `<script>${FORGING_SCRIPT}</script></body>`) },
    {
      url: `${ORIGIN}/services/data/`,
      html: '',
      respond: (req, res) => {
        requests.push({ path: req.url ?? '', cookie: req.headers.cookie, authorization: req.headers.authorization });
        if (answer === 'never') return void open.push(res);
        res.writeHead(answer.status, { 'content-type': 'application/json;charset=UTF-8' });
        res.end(JSON.stringify(answer.body));
      },
    },
  ];
  const browser = browserForFile(launch, pages);
  /** Forgets, as a browser restart does, the orgs whose API refused the page's session. */
  const forgetClosedApis = async () =>
    (await browser().extensionContext()).evaluate(async () => chrome.storage.session.remove(Object.keys(await chrome.storage.session.get(null)).filter((key) => key.startsWith('closed-page-api:'))));

  test('a Salesforce record’s facts come from its org’s User Interface API, asked with the session the browser sends', async () => {
    const page = await browser().open(RECORD_URL);
    const panel = (await waitForPanel(page, (p) => (p?.read ?? null) !== null, 'facts from the API'))!;
    // The record's end date is empty (null): read, and judged as none.
    assert.equal(panel.read, 'Read name, status, start date, budget, owner from the Salesforce API.');
    assert.equal(panel.unread, "Couldn't read tracking URLs on this page.");
    assert.equal(panel.apiProblem, null);
    // What the record says and the page did not show is judged: no end date, 25,000 USD.
    assert.ok(panel.rules.includes('platform.dates'), panel.rules.join(', '));
    assert.ok(panel.rules.includes('platform.naming'), panel.rules.join(', '));
    assert.equal(requests.length, 1);
    assert.equal(`${ORIGIN}${requests[0]!.path}`, recordUrl(ORIGIN, CAMPAIGN_ID));
    assert.equal(requests[0]!.cookie, SESSION, 'the session goes as the browser sends it to the org');
    assert.equal(requests[0]!.authorization, undefined, 'no token of Preflight’s own');
    assert.equal(await page.evaluate(() => document.cookie), '', 'the session cookie is not one a script can read');
  });

  // Many orgs keep their REST APIs from the sessions Lightning makes: signing in again would not help.
  test('a session the API does not take leaves the page’s facts with a quiet note, and the org’s pages are not asked again', async () => {
    answer = { status: 401, body: recorded('error-invalid-session.json') };
    const before = requests.length;
    const note = "Salesforce's User Interface API does not take this browser's session (401, INVALID_SESSION_ID); facts from the page only.";
    const page = await browser().open(RECORD_URL);
    const panel = (await waitForPanel(page, (p) => (p?.apiNote ?? null) !== null, 'the note in the panel'))!;
    assert.equal(panel.apiNote, note);
    assert.equal(panel.apiProblem, null);
    assert.equal(panel.read, 'Read name from the campaign on this page.');
    assert.match(panel.unread ?? '', /^Couldn't read status, start date, end date, budget, owner/);
    assert.notEqual((await browser().badge(await browser().tabId(page))).text, '');
    assert.equal(requests.length, before + 1);

    // Another of the org's record pages: the same note, and no request.
    const again = await browser().open(FETCH_REPLACED);
    const second = (await waitForPanel(again, (p) => (p?.apiNote ?? null) !== null, 'the note on the next page'))!;
    assert.equal(second.apiNote, note);
    assert.equal(second.read, 'Read name from the campaign on this page.');
    assert.equal(requests.length, before + 1, 'the org was not asked again');

    // A page that shows every fact surely would not have asked: no note there.
    const full = await browser().open(FULLY_READ);
    const fullPanel = (await waitForPanel(full, (p) => p !== null, 'the panel of a fully read page'))!;
    assert.equal(fullPanel.apiNote, null);
    assert.equal(fullPanel.apiProblem, null);
    assert.equal(requests.length, before + 1);
  });

  test('an org that does not serve the API to this user leaves the page’s facts with a quiet note, not a problem', async () => {
    await forgetClosedApis();
    answer = { status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }] };
    const page = await browser().open(RECORD_URL);
    const panel = (await waitForPanel(page, (p) => (p?.apiNote ?? null) !== null, 'the note in the panel'))!;
    assert.equal(panel.apiNote, "Salesforce's User Interface API is not open to this session (404, NOT_FOUND); facts from the page only.");
    assert.equal(panel.apiProblem, null);
    assert.equal(panel.read, 'Read name from the campaign on this page.');
    assert.match(panel.unread ?? '', /^Couldn't read status, start date, end date, budget, owner/);
    // A 404 may be about this record alone: the org's next page asks again.
    const before = requests.length;
    const next = await browser().open(FETCH_REPLACED);
    await waitForPanel(next, (p) => (p?.apiNote ?? null) !== null, 'the note on the next page');
    assert.equal(requests.length, before + 1, 'the org was asked again');
  });

  // The org's API is asked from the page script's own world: the page's scripts neither see the
  // request nor change its answer, and an org that never answers does not keep the panel away.
  test('a page whose own scripts replaced fetch and forge answers still gets the org’s own record', async () => {
    answer = { status: 200, body: recorded('campaign.json') };
    const before = requests.length;
    const page = await browser().open(FETCH_REPLACED);
    const panel = (await waitForPanel(page, (p) => (p?.read ?? '').includes('API'), 'facts from the API'))!;
    assert.equal(panel.read, 'Read name, status, start date, budget, owner from the Salesforce API.');
    assert.equal(panel.apiProblem, null);
    assert.equal(requests.length, before + 1, 'the org was asked');
  });

  test('an org whose API never answers leaves the page’s facts, with a sentence, once the wait for it ends', async () => {
    answer = 'never';
    try {
      const page = await browser().open(RECORD_URL);
      const panel = (await waitForPanel(page, (p) => (p?.apiProblem ?? null) !== null, 'the problem in the panel'))!;
      assert.equal(panel.apiProblem, "Salesforce's User Interface API could not be reached (no answer within 10 s). Showing what the page shows.");
      assert.equal(panel.read, 'Read name from the campaign on this page.');
      assert.equal(open.length, 1, 'the org was asked once');
    } finally {
      for (const res of open.splice(0)) res.end();
      answer = { status: 200, body: recorded('campaign.json') };
    }
  });

  test('a refusal kept over an hour ago, or a kept entry not as written, is not used: the org is asked again', async () => {
    answer = { status: 200, body: recorded('campaign.json') };
    const context = await browser().extensionContext();
    for (const kept of [{ said: 'refused', at: Date.now() - 61 * 60_000 }, { said: 5, at: Date.now() }, 'refused']) {
      await context.evaluate(async (key, value) => chrome.storage.session.set({ [key]: value }), `closed-page-api:${ORIGIN}`, kept);
      const before = requests.length;
      const page = await browser().open(RECORD_URL);
      const panel = (await waitForPanel(page, (p) => (p?.read ?? '').includes('API'), 'facts from the API'))!;
      assert.equal(panel.apiNote, null, JSON.stringify(kept));
      assert.equal(requests.length, before + 1, `the org was asked with ${JSON.stringify(kept)} kept`);
      await page.close();
    }
    await forgetClosedApis();
  });
}
