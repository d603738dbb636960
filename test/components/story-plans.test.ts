import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, parsePlan, type Plan } from '@preflight/core';
import * as plans from '../../packages/components/src/stories/plans.js';
import { manyPlans, markupPlan, seasonPlans, thisWeekPlan } from '../../packages/components/src/stories/story-team-plans.js';

const storyPlans = Object.entries(plans).filter((e): e is [string, Plan] => typeof e[1] === 'object' && e[1] !== null && 'schemaVersion' in e[1]);

test('every story plan but the invalid one is a valid plan, so its stories show the state they are named for', () => {
  assert.ok(storyPlans.length > 3);
  for (const [name, plan] of storyPlans) {
    const parsed = parsePlan(plan);
    if (name === 'invalid') assert.equal(parsed.ok, false);
    else assert.ok(parsed.ok, `${name}: ${JSON.stringify(!parsed.ok && parsed.problems.slice(0, 3))}`);
  }
});

test('the blocked story plan is blocked by two Accountables on one step', () => {
  const result = evaluate(plans.blocked, { now: plans.NOW });
  assert.equal(result.state, 'blocked');
  assert.ok(result.findings.some((f) => f.ruleId === 'raci.one-accountable'));
});

test('the reports’ story plans (a season, this week, markup in text, a year of 500) are all valid plans', () => {
  for (const plan of [...seasonPlans, thisWeekPlan, markupPlan, ...manyPlans(500)]) {
    const parsed = parsePlan(plan);
    assert.ok(parsed.ok, `${plan.id}: ${JSON.stringify(!parsed.ok && parsed.problems.slice(0, 3))}`);
  }
});
