import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeFinding } from '../testing/factories.js';
import { verdictReasons } from './verdict.js';

describe('verdictReasons', () => {
  const blocker = makeFinding('blocker', 10, { ruleId: 'raci.one-accountable' });
  const warning = makeFinding('warning', 5, { ruleId: 'blocker.overdue' });
  const threshold = makeFinding('info', 0, { ruleId: 'threshold.launch-delay' });
  const info = makeFinding('info', 0, { ruleId: 'brief.note' });
  const all = [blocker, warning, threshold, info];
  it('names the blocking findings when blocked, the warnings and crossed thresholds when at risk, nothing when ready', () => {
    assert.deepEqual(verdictReasons(all, 'blocked'), [blocker]);
    assert.deepEqual(verdictReasons(all, 'at-risk'), [warning, threshold]);
    assert.deepEqual(verdictReasons(all, 'ready'), []);
  });
});
