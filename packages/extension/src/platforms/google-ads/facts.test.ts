import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPage } from '../detectors.js';
import { googleAdsFacts } from './facts.js';

const detection = detectPage(new URL('https://ads.google.com/aw/campaigns?campaignId=23266040344&ocid=7791173504'))!;

test("the campaign's own row is picked, not one whose id starts with its id", () => {
  const [read] = googleAdsFacts([
    { href: '/aw/adgroups?campaignId=232660403449&ocid=7791173504', name: 'Another campaign', status: 'Paused' },
    { href: '/aw/adgroups?campaignId=23266040344&ocid=7791173504', name: '\n  2026q3_na_cpc_brand\n ', status: ' Enabled ' },
  ], detection);
  assert.equal(read!.facts.name!.value, '2026q3_na_cpc_brand');
  assert.equal(read!.facts.status!.value, 'Enabled');
});

test('no row of the campaign, or a link that is no URL, reads nothing', () => {
  for (const rows of [[], [{ href: 'https://[bad', name: 'x' }]]) {
    const [read] = googleAdsFacts(rows, detection);
    assert.equal(read!.facts.name, undefined);
    assert.ok(read!.unread.includes('name') && read!.unread.includes('status'));
  }
});
