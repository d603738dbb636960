import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makePlan } from '../testing/factories.js';
import { copyPlan } from './copy.js';
import { parsePlan } from './parse.js';

test('a copy gets an id and a name of its own, no platform links and no revision, and is a valid plan', () => {
  const plan = { ...makePlan(), revision: 7 };
  plan.campaign = { ...plan.campaign, links: [{ platform: 'hubspot', key: 'hubspot:123' }] } as typeof plan.campaign;
  const copy = copyPlan(plan, 'copy', () => false);
  assert.equal(copy.id, `${plan.id}-copy`);
  assert.equal(copy.campaign.name, `${plan.campaign.name} (copy)`);
  assert.equal(copy.campaign.links, undefined);
  assert.equal(copy.revision, undefined);
  assert.deepEqual(copy.steps, plan.steps);
  assert.equal(parsePlan(copy).ok, true);
});

test('a taken id gets a number, and a long id and name are cut to what the plan format allows', () => {
  const long = makePlan({ id: 'x'.repeat(80) });
  long.campaign = { ...long.campaign, name: 'N'.repeat(200) };
  const taken = new Set([`${'x'.repeat(52)}-before-import-2026-12-03`]);
  const copy = copyPlan(long, 'before import 2026-12-03', (id) => taken.has(id));
  assert.equal(copy.id, `${'x'.repeat(52)}-before-import-2026-12-03-2`);
  assert.ok(copy.id.length <= 80);
  assert.equal(copy.campaign.name.length, 200);
  assert.ok(copy.campaign.name.endsWith(' (before import 2026-12-03)'));
  assert.equal(parsePlan(copy).ok, true);
});
