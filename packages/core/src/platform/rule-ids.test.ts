import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLATFORM_DISABLED } from './check.js';
import { PLAN_BLOCKER_OPEN, PLAN_GATE_OPEN } from './plan-link.js';
import { PLAN_MATCH_RULES } from './plan-match.js';
import { PLATFORM_RULES } from './rules.js';
import { PLATFORM_RULE_IDS } from './rule-ids.js';

test('the list of platform rule ids names exactly the platform checks', () => {
  const actual = [...PLATFORM_RULES.map((r) => r.id), PLATFORM_DISABLED.id, PLAN_GATE_OPEN.id, PLAN_BLOCKER_OPEN.id, ...PLAN_MATCH_RULES.map((r) => r.id)].sort();
  assert.deepEqual([...PLATFORM_RULE_IDS].sort(), actual);
});
