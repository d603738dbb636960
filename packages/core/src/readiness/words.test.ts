/**
 * Findings are read by people: no message or fix shows a schema key (`successMetric`), a path
 * (`steps[3]`), an unreplaced placeholder or a value that never became words (`undefined`, `NaN`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluate } from './evaluate.js';
import { createPlanFromTemplate, TEMPLATES } from '../templates/index.js';
import { planArb } from '../testing/plan-arbitrary.js';
import type { Plan } from '../plan/schema.js';
import { notWords } from './words.js';
const TIMES = ['2026-08-01T09:00:00Z', '2026-09-30T16:00:00Z', '2027-01-15T09:00:00Z'];

function offending(plan: Plan, now: string): string[] {
  return evaluate(plan, { now })
    .findings.flatMap((f) => [f.message, f.fix ?? ''])
    .filter((text) => notWords(text).length > 0);
}

test('findings of every template, fresh and at several points of its life, are in words', () => {
  for (const template of TEMPLATES) {
    const plan = createPlanFromTemplate(template.type, { name: '2026q3_emea_email_words', launchDate: '2026-10-01' });
    for (const now of TIMES) assert.deepEqual(offending(plan, now), [], `${template.type} at ${now}`);
  }
});

test('property: findings of any valid plan are in words', () => {
  fc.assert(
    fc.property(planArb, fc.constantFrom(...TIMES), (plan, now) => {
      // The generated campaign name is a valid one; the other generated names and titles are plain words.
      const named = { ...plan, campaign: { ...plan.campaign, name: 'plain name' } };
      assert.deepEqual(offending(named, now), []);
    }),
    { numRuns: 300 },
  );
});

test('the check finds what is not words, and lets words and dates be', () => {
  assert.deepEqual(notWords('Set successMetric on steps[3]: ${owner} is {owner}, brief.deadline is undefined, NaN, null or [object Object]'), [
    'successMetric',
    's[3]',
    '${',
    '{owner}',
    'brief.d',
    'undefined',
    'NaN',
    'null',
    '[object ',
  ]);
  assert.deepEqual(notWords('Name who is Accountable for “Launch approval” by 2026-09-01 (e.g. the Marketing director), 3 of 5 done; HubSpot and LinkedIn.'), []);
});
