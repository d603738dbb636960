import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAMPAIGN_ID, EXAMPLE, recordHtml } from '../../../../packages/extension/src/platforms/salesforce/fixtures.js';
import { browserForFile, waitForPanel, type Launch } from '../extension-browser.js';
import type { ServedPage } from '../https-server.js';

const ORIGIN = 'https://initech.lightning.force.com';
const RECORD_URL = `${ORIGIN}/lightning/r/Campaign/${CAMPAIGN_ID}/view`;
/** A record whose dates could be read either way round (9/10/2026 to 10/9/2026 on an en-US page). */
const DOUBTFUL_URL = `${ORIGIN}/lightning/r/Campaign/7015g000000XYZaAAO/view`;
/** The org's session cookie as Salesforce sets it: HttpOnly, so no script reads it. */
const SESSION = 'sid=00D5g000004abcd!AQ4AQFakeSessionForTests';

/**
 * Salesforce's record pages are read from the page alone: Salesforce documents that sessions made
 * in a Lightning Experience context have no API access, so the org's User Interface API is not
 * asked with the page's session. A record page that leaves facts unread (its Related tab, say)
 * says so, and the org sees no request.
 */
export function salesforcePageOnlySuite(launch: Launch): void {
  const requests: string[] = [];
  const pages: ServedPage[] = [
    {
      url: RECORD_URL,
      html: '',
      respond: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': `${SESSION}; Path=/; Secure; HttpOnly; SameSite=Lax` });
        res.end(recordHtml({ fields: { Name: EXAMPLE.fields.Name! } }));
      },
    },
    { url: DOUBTFUL_URL, html: recordHtml({ fields: { ...EXAMPLE.fields, StartDate: '9/10/2026', EndDate: '10/9/2026' } }) },
    {
      url: `${ORIGIN}/services/data/`,
      html: '',
      respond: (req, res) => {
        requests.push(req.url ?? '');
        res.writeHead(401, { 'content-type': 'application/json;charset=UTF-8' });
        res.end(JSON.stringify([{ errorCode: 'INVALID_SESSION_ID', message: 'This session is not valid for use with the REST API' }]));
      },
    },
  ];
  const browser = browserForFile(launch, pages);

  test('a Salesforce record page that leaves facts unread says which, and its org’s API is not asked with the page’s session', async () => {
    const page = await browser().open(RECORD_URL);
    const panel = (await waitForPanel(page, (p) => (p?.read ?? null) !== null, 'the panel with what was read'))!;
    assert.equal(panel.read, 'Read name from the campaign on this page.');
    assert.match(panel.unread ?? '', /^Couldn't read status, start date, end date, budget, owner, tracking URLs on this page\.$/);
    assert.equal(panel.apiNote, null);
    assert.equal(panel.apiProblem, null);
    assert.deepEqual(requests, [], 'no request reached the org’s API');
  });

  test('dates whose day and month could be either way round are read in the page language’s order, said so, and the org’s API is not asked', async () => {
    const page = await browser().open(DOUBTFUL_URL);
    const panel = (await waitForPanel(page, (p) => (p?.read ?? null) !== null, 'the panel with what was read'))!;
    assert.match(panel.read ?? '', /start date, end date/);
    // An en-US page: month first.
    assert.equal(panel.doubt, 'The day and month of start date and end date could be either way round on this page: read as 10 September 2026 and 9 October 2026.');
    assert.equal(panel.apiProblem, null);
    assert.deepEqual(requests, [], 'no request reached the org’s API');
  });
}
