import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Severity } from '../config/schema.js';
import { makeFinding } from '../testing/factories.js';
import { findingsState, isFailing, scoreFindings, worstState } from './score.js';

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

describe('combining verdicts', () => {
  it('the worst state wins: blocked over at risk over ready, from the given start', () => {
    assert.equal(worstState([]), 'ready');
    assert.equal(worstState([], 'at-risk'), 'at-risk');
    assert.equal(worstState(['ready', 'at-risk', 'ready']), 'at-risk');
    assert.equal(worstState(['at-risk', 'blocked', 'ready']), 'blocked');
    assert.equal(worstState(['ready'], 'at-risk'), 'at-risk');
  });

  it('blocking and warning findings fail a check; info notes do not', () => {
    assert.deepEqual(
      (['blocker', 'warning', 'info'] as const).map((severity) => isFailing(makeFinding(severity))),
      [true, true, false],
    );
  });
});
