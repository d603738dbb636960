import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Severity } from '../config/schema.js';
import { makeFinding } from '../testing/factories.js';
import { findingsState, scoreFindings } from './score.js';

describe('state and score from findings', () => {
  it('no findings, or notes only, leave it ready', () => {
    assert.equal(findingsState([]), 'ready');
    assert.equal(findingsState([makeFinding('info'), makeFinding('info')]), 'ready');
  });

  it('a warning puts it at risk; a crossed threshold does too', () => {
    assert.equal(findingsState([makeFinding('info'), makeFinding('warning')]), 'at-risk');
    assert.equal(findingsState([makeFinding('info')], true), 'at-risk');
  });

  it('any blocker blocks it, whatever else is there', () => {
    assert.equal(findingsState([makeFinding('warning'), makeFinding('blocker'), makeFinding('info')]), 'blocked');
    assert.equal(findingsState([makeFinding('blocker')], true), 'blocked');
  });

  it('scoreFindings takes 100 minus every finding\'s points, never below 0', () => {
    const severity = fc.constantFrom<Severity>('blocker', 'warning', 'info');
    fc.assert(
      fc.property(fc.array(fc.tuple(severity, fc.nat(40))), fc.boolean(), (mix, crossed) => {
        const findings = mix.map(([s, p]) => makeFinding(s, p));
        assert.equal(scoreFindings(findings, crossed).score, Math.max(0, 100 - mix.reduce((n, [, p]) => n + p, 0)));
      }),
    );
  });
});
