import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '@preflight/core';
import { WIDGETS } from '../../packages/workspace/src/embed/config.js';
import { fixSection } from '../../packages/workspace/src/fix-places.js';

describe('where each finding is fixed', () => {
  it('every rule of the core has a section of the plan page that fixes it, by its family, whatever it is about', () => {
    const homeless = RULES.filter((rule) => !fixSection({ ruleId: rule.id, target: { kind: 'fact', id: 'x' } })).map((r) => r.id);
    assert.deepEqual(homeless, []);
    for (const rule of RULES) assert.ok(WIDGETS.includes(fixSection({ ruleId: rule.id, target: { kind: 'fact', id: 'x' } })!), rule.id);
  });

  it('corrective actions and the reporting figures are fixed in the corrective actions section', () => {
    assert.equal(fixSection({ ruleId: 'action.overdue', target: { kind: 'action', id: 'ca-1' } }), 'actions');
    assert.equal(fixSection({ ruleId: 'threshold.reporting-confidence', target: { kind: 'campaign', id: 'p' } }), 'actions');
    assert.equal(fixSection({ ruleId: 'threshold.launch-delay', target: { kind: 'campaign', id: 'p' } }), 'timeline');
  });
});
