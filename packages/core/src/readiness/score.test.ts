import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Severity } from '../config/schema.js';
import { findingsState, scoreFindings } from './score.js';
import type { Finding } from './types.js';

const finding = (severity: Severity, points = 0): Finding => ({
  ruleId: `test.${severity}`,
  severity,
  message: severity,
  target: { kind: 'step', id: 's' },
  fix: 'fix it',
  points,
});

describe('state and score from findings', () => {
  it('no findings, or notes only, leave it ready', () => {
    assert.equal(findingsState([]), 'ready');
    assert.equal(findingsState([finding('info'), finding('info')]), 'ready');
  });

  it('a warning puts it at risk; a crossed threshold does too', () => {
    assert.equal(findingsState([finding('info'), finding('warning')]), 'at-risk');
    assert.equal(findingsState([finding('info')], true), 'at-risk');
  });

  it('any blocker blocks it, whatever else is there', () => {
    assert.equal(findingsState([finding('warning'), finding('blocker'), finding('info')]), 'blocked');
    assert.equal(findingsState([finding('blocker')], true), 'blocked');
  });

  it('scoreFindings takes 100 minus every finding\'s points, never below 0', () => {
    const severity = fc.constantFrom<Severity>('blocker', 'warning', 'info');
    fc.assert(
      fc.property(fc.array(fc.tuple(severity, fc.nat(40))), fc.boolean(), (mix, crossed) => {
        const findings = mix.map(([s, p]) => finding(s, p));
        assert.equal(scoreFindings(findings, crossed).score, Math.max(0, 100 - mix.reduce((n, [, p]) => n + p, 0)));
      }),
    );
  });
});
