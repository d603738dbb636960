import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreFindings } from '../../../core/src/readiness/score.js';
import { makeBlocker, makeFinding, makeItem, makePlan } from '../../../core/src/testing/factories.js';
import { summarisePlan, type TabVerdict } from '../verdict/verdict.js';
import { escapeText, panelMarkup } from './markup.js';

const HOSTILE = `"><img src=x onerror=alert(1)>'&`;

test('escaping turns every character that could end text or a quoted attribute into a reference', () => {
  assert.equal(escapeText(HOSTILE), '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&#39;&amp;');
});

test('text from a page or a plan, in every place the panel shows it, is escaped and never markup', () => {
  const summary = summarisePlan(
    makePlan({
      checklist: [makeItem({ id: 'qa', label: HOSTILE, gateId: 'legal-brand-review', owner: HOSTILE })],
      blockers: [makeBlocker({ title: HOSTILE, owner: HOSTILE })],
    }),
  );
  const plan = { ...summary, name: HOSTILE };
  const finding = makeFinding('warning', 10, { ruleId: 'platform.naming', message: HOSTILE, fix: HOSTILE, target: { kind: 'fact', id: 'naming' } });
  const verdict: TabVerdict = {
    platform: 'hubspot',
    platformTitle: HOSTILE,
    url: 'https://app.hubspot.com/',
    checkedAt: '2026-08-20T09:00:00Z',
    campaigns: [
      {
        campaignKey: HOSTILE,
        name: HOSTILE,
        readiness: scoreFindings([finding]),
        plan: { ...plan, id: HOSTILE },
        apiProblem: HOSTILE,
        apiNote: HOSTILE,
        unread: [HOSTILE as never],
        read: [{ fact: HOSTILE as never, level: 'campaign', via: 'page' }],
      },
    ],
  };
  const markup = panelMarkup(verdict);
  assert.equal(markup.includes('<img'), false);
  assert.equal(markup.includes(HOSTILE), false);
  // Each place shows it, escaped: the name, the plan's name and id, the gate, the blocker and its owner, the finding…
  assert.ok(markup.split(escapeText(HOSTILE)).length - 1 >= 12, 'the hostile text appears, escaped, wherever it was given');
});

test('the panel is drawn folded to its pill, or not, as the user left it: nothing is left for the page to change after drawing', () => {
  const verdict: TabVerdict = { platform: 'hubspot', platformTitle: 'HubSpot', url: 'https://app.hubspot.com/', checkedAt: '2026-08-20T09:00:00Z', campaigns: [] };
  const folded = panelMarkup(verdict, true);
  assert.match(folded, /<div class="panel folded"/);
  assert.match(folded, /aria-expanded="false"/);
  assert.match(folded, /<div class="body"[^>]* hidden>/);
  const open = panelMarkup(verdict);
  assert.match(open, /<div class="panel"/);
  assert.match(open, /aria-expanded="true"/);
  assert.doesNotMatch(open, /hidden>/);
});

test('the panel’s stylesheet goes without comments or runs of white space: the host page parses it with every first draw', async () => {
  const { overlayCss } = await import('./styles.js');
  assert.ok(!overlayCss.includes('/*') && !/\s{2}/.test(overlayCss) && !/\s[{};]/.test(overlayCss), overlayCss.slice(0, 200));
  // What it says is kept: the host's reset, the dark theme, the folded pill.
  for (const rule of [':host{all: initial !important;', '@media (prefers-color-scheme: dark){.panel{', '.folded .toggle{width: auto;']) assert.ok(overlayCss.includes(rule), rule);
});
