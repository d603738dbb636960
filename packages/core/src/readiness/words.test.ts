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

const NOT_WORDS = /\b[a-z]+[A-Z][A-Za-z]*\b|\w\[\d+\]|\$\{|\{\w+\}|\bundefined\b|\bNaN\b|\[object /;
const TIMES = ['2026-08-01T09:00:00Z', '2026-09-30T16:00:00Z', '2027-01-15T09:00:00Z'];

function offending(plan: Plan, now: string): string[] {
  return evaluate(plan, { now })
    .findings.flatMap((f) => [f.message, f.fix ?? ''])
    .filter((text) => NOT_WORDS.test(text));
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
