import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { planJsonSchemaText } from '../../../../scripts/plan-json-schema.js';
import { PlanSchema } from './schema.js';

const committed = readFileSync(new URL('../../plan.schema.json', import.meta.url), 'utf8');

test('the committed plan.schema.json is the one the plan schema generates', () => {
  assert.equal(committed, planJsonSchemaText(), 'run `node --import tsx scripts/write-schema.ts` and commit the result');
});

test('the JSON Schema names every plan field, requires the same ones, and refuses unknown fields', () => {
  const schema = JSON.parse(committed) as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
  assert.deepEqual(Object.keys(schema.properties), Object.keys(PlanSchema.def.shape));
  assert.deepEqual(schema.required, ['schemaVersion', 'id', 'campaign', 'brief', 'roles', 'steps', 'blockers', 'checklist', 'milestones', 'approvals']);
  assert.equal(schema.additionalProperties, false);
  assert.match(committed, /"format": "date"/);
  assert.match(committed, /"format": "date-time"/);
});
