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

  it('says "> 0" for a setting that must be above zero and "≥ 0" for one that may be zero', () => {
    assert.deepEqual(problemsOf({ approvals: { slaHours: { legal: 0 } } }), ['approvals.slaHours.legal: must be > 0']);
    assert.deepEqual(problemsOf({ approvals: { escalateAfterHours: 0 } }), ['approvals.escalateAfterHours: must be > 0']);
    assert.deepEqual(problemsOf({ raci: { everyoneOwnsRoleShare: 0 } }), ['raci.everyoneOwnsRoleShare: must be > 0']);
    assert.deepEqual(problemsOf({ thresholds: { launchDelayDays: -1 } }), ['thresholds.launchDelayDays: must be ≥ 0']);
    assert.deepEqual(problemsOf({ approvals: { slaHours: { legal: 0.5 } }, thresholds: { launchDelayDays: 0 } }), []);
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

  describe('business hours', () => {
    const office = { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] };
    const hours = (businessHours: unknown) => ({ approvals: { businessHours } });

    it('take an IANA time zone, or a fixed UTC offset as before', () => {
      for (const clock of [{ timeZone: 'Europe/Berlin' }, { timeZone: 'Asia/Kolkata' }, { timeZone: 'UTC' }, { utcOffsetMinutes: 60 }]) {
        const result = parseConfig(hours({ ...office, ...clock }));
        assert.ok(result.ok, JSON.stringify(clock));
        assert.deepEqual(result.value.approvals.businessHours, { ...office, ...clock });
      }
    });

    it('may name no clock (they then follow the team time zone), but not both', () => {
      const plain = parseConfig(hours(office));
      assert.ok(plain.ok);
      assert.deepEqual(plain.value.approvals.businessHours, office);
      const team = parseConfig({ timeZone: 'America/New_York', ...hours(office) });
      assert.ok(team.ok);
      assert.deepEqual(team.value.approvals.businessHours, office, 'the team zone is not copied in: it is followed when it changes');
      assert.deepEqual(problemsOf(hours({ ...office, timeZone: 'Europe/London', utcOffsetMinutes: 0 })), [
        'approvals.businessHours: states both timeZone and utcOffsetMinutes; keep one (timeZone follows daylight saving, utcOffsetMinutes stays fixed)',
      ]);
    });

    it('name an unknown time zone and where it is', () => {
      for (const zone of ['Europe/Berlinn', 'Mars/Olympus_Mons', '+01:00', 'CET/../x', '']) {
        assert.deepEqual(problemsOf(hours({ ...office, timeZone: zone })), [
          `approvals.businessHours.timeZone: ${JSON.stringify(zone)} is not a known IANA time zone; use a name such as Europe/Berlin or America/New_York`,
        ], zone);
      }
      assert.deepEqual(problemsOf(hours({ ...office, timeZone: 60 })), ['approvals.businessHours.timeZone: expected string, got number 60']);
    });

    it('a config that names a time zone replaces the base’s fixed offset, and the other way round', () => {
      const base = parseConfig(hours({ ...office, utcOffsetMinutes: 60 }));
      assert.ok(base.ok);
      const zoned = parseConfig(hours({ timeZone: 'Europe/Berlin' }), base.value);
      assert.ok(zoned.ok);
      assert.deepEqual(zoned.value.approvals.businessHours, { ...office, timeZone: 'Europe/Berlin' });
      const fixed = parseConfig(hours({ utcOffsetMinutes: 120 }), zoned.value);
      assert.ok(fixed.ok);
      assert.deepEqual(fixed.value.approvals.businessHours, { ...office, utcOffsetMinutes: 120 });
      const later = parseConfig(hours({ endHour: 18 }), zoned.value);
      assert.ok(later.ok);
      assert.deepEqual(later.value.approvals.businessHours, { ...office, endHour: 18, timeZone: 'Europe/Berlin' }, 'a config that names neither keeps the base’s clock');
    });
  });

  describe('the team time zone', () => {
    it('is unset by default (UTC) and takes an IANA name, keeping the rest of the defaults', () => {
      assert.equal(DEFAULT_CONFIG.timeZone, undefined);
      for (const zone of ['America/New_York', 'Australia/Sydney', 'UTC']) {
        const result = parseConfig({ timeZone: zone });
        assert.ok(result.ok, zone);
        assert.deepEqual(result.value, { ...DEFAULT_CONFIG, timeZone: zone });
      }
    });

    it('names an unknown zone, its value and where it is, and leaves valid sections alone', () => {
      for (const zone of ['America/New_Yrok', 'Mars/Olympus_Mons', '-05:00', '']) {
        assert.deepEqual(problemsOf({ timeZone: zone }), [
          `timeZone: ${JSON.stringify(zone)} is not a known IANA time zone; use a name such as Europe/Berlin or America/New_York`,
        ], zone);
      }
      assert.deepEqual(problemsOf({ timeZone: -300, raci: { maxConsulted: 5 } }), ['timeZone: expected string, got number -300']);
    });
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
