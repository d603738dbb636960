import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeBlocker, makePlan } from '../testing/factories.js';
import { parsePlan } from '../plan/parse.js';
import { problemWords } from './words.js';

test('a refused edit is named by the record and the field a person sees, and the id it lost by its name', () => {
  const plan = makePlan({ blockers: [makeBlocker()] });
  const withoutStep = { ...plan, steps: plan.steps.filter((s) => s.id !== 'crm-tracking-setup') };
  const result = parsePlan(withoutStep);
  assert.equal(result.ok, false);
  const words = !result.ok ? result.problems.map((p) => problemWords(p, withoutStep, plan)) : [];
  const stepName = plan.steps.find((s) => s.id === 'crm-tracking-setup')!.name;
  assert.ok(words.includes(`Blocker “Field mapping for lead source is broken” · what it blocks: the step “${stepName}” is not in the plan`), words.join('\n'));
  assert.ok(words.every((w) => !w.includes('blockers[') && !w.includes('crm-tracking-setup')), words.join('\n'));
});

test('a problem outside a list keeps its field in words, and an id nobody had stays as written', () => {
  const plan = makePlan();
  assert.equal(problemWords({ path: 'campaign.launchDate', code: 'x', message: 'must be a calendar date' }, plan), 'campaign launch date: must be a calendar date');
  assert.equal(problemWords({ path: 'approvals[0].stepId', code: 'unknown_reference', message: 'no step has id "ghost"' }, plan), 'Review · step: no step has id "ghost"');
});
