import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlan } from './parse.js';

test('a non-object is reported at the root', () => {
  const result = parsePlan(42);
  assert.equal(result.ok, false);
  assert.equal(result.problems[0]?.path, '(root)');
});
