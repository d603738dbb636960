import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from './defaults.js';
import { parseConfig } from './parse.js';

const problemsOf = (input: unknown) => {
  const result = parseConfig(input);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('parseConfig', () => {
  it('fills in the defaults around what a config changes', () => {
    const result = parseConfig({ raci: { maxConsulted: 5 } });
    assert.ok(result.ok);
    assert.deepEqual(result.value, { ...DEFAULT_CONFIG, raci: { ...DEFAULT_CONFIG.raci, maxConsulted: 5 } });
  });

  it('says a setting of the wrong type is of the wrong type, not missing', () => {
    assert.deepEqual(problemsOf({ scoring: { blocker: 'x' } }), ['scoring.blocker: expected number, got string "x"']);
    assert.deepEqual(problemsOf({ raci: 5 }), ['raci: expected object, got number 5']);
  });

  it('refuses a sprint anchor that is not a real calendar date', () => {
    assert.deepEqual(problemsOf({ sprint: { anchor: '2026-02-30' } }), ['sprint.anchor: must be a calendar date written YYYY-MM-DD']);
    assert.deepEqual(problemsOf({ sprint: { anchor: '2026-13-45' } }), ['sprint.anchor: must be a calendar date written YYYY-MM-DD']);
  });

  it('refuses a switch for a rule that does not exist, naming it', () => {
    assert.deepEqual(problemsOf({ rules: { 'raci.one-acountable': { enabled: false } } }), ['rules.raci.one-acountable: is not a rule id']);
    assert.deepEqual(problemsOf({ rules: { 'raci.one-accountable': { enabled: false }, 'platform.naming': { severity: 'info' }, 'platform.plan-gate-open': { enabled: false } } }), []);
  });

  it('refuses a naming pattern that repeats a repeating group (catastrophic backtracking)', () => {
    for (const pattern of ['^(a+)+$', '^([a-z0-9]+_?)*$', '^((ab)*c)+$', '(x{2,})*']) {
      assert.deepEqual(problemsOf({ platform: { namingPattern: pattern } }), [
        'platform.namingPattern: repeats a group that itself repeats, which can take exponential time on a long name; repeat the inner part only',
      ], pattern);
    }
    for (const pattern of ['^(\\d{4})q([1-4])_([a-z]+)$', '^(?:email|cpc)+_[a-z]+$', '^(a|b)*$', '^[(a+)]+$', '^\\(a+\\)+$']) {
      assert.deepEqual(problemsOf({ platform: { namingPattern: pattern } }), [], pattern);
    }
  });

  it('refuses banned words that can never match a word of a name', () => {
    assert.deepEqual(problemsOf({ platform: { bannedWords: ['draft', 'do not use', ' tmp'] } }), [
      'platform.bannedWords[1]: must be one word of letters and digits (names are split into words at any other character)',
      'platform.bannedWords[2]: must be one word of letters and digits (names are split into words at any other character)',
    ]);
  });
});

it('refuses an allowed medium that no lowercase, space-free utm_medium could match', () => {
  const result = parseConfig({ platform: { allowedMediums: ['cpc', '???', 'Paid Social'] } });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.problems.map((p) => p.path),
    ['platform.allowedMediums[1]', 'platform.allowedMediums[2]'],
  );
});
