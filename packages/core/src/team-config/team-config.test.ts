import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { parseTeamConfig, resolveTeamSecrets } from './parse.js';
import { applyTeamSettingsEdit } from './edit.js';

const problemsOf = (input: unknown) => {
  const result = parseTeamConfig(input);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('parseTeamConfig', () => {
  it('fills in the defaults: no channels, no people, a pass every 300 s, the default rules', () => {
    const result = parseTeamConfig({});
    assert.ok(result.ok);
    assert.deepEqual(result.value, { rules: DEFAULT_CONFIG, notify: { webhooks: [], businessHoursOnly: false, digestHour: 9 }, people: [], scheduleSeconds: 300 });
  });

  it('reads every setting', () => {
    const result = parseTeamConfig({
      rules: { timeZone: 'Europe/Berlin' },
      notify: { webhooks: ['https://hooks.slack.com/services/T0/B0/x', 'http://127.0.0.1:9999/hook'], smtp: 'smtps://ops:${SMTP_PASSWORD}@smtp.example.com:465', from: 'Preflight <ops@example.com>', digestHour: 8 },
      people: [{ role: 'Marketing director', name: 'Dana', email: 'dana@example.com', slack: 'U012AB3CD' }],
      scheduleSeconds: 60,
    });
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.equal(result.value.rules.timeZone, 'Europe/Berlin');
    assert.equal(result.value.notify.digestHour, 8);
    assert.equal(result.value.people[0]!.slack, 'U012AB3CD');
  });

  it('names every bad value by its path', () => {
    assert.deepEqual(
      problemsOf({
        notify: { webhooks: ['http://hooks.example.com/x', 'ftp://x'], smtp: 'mailto:ops@example.com', businessHoursOnly: 'yes' },
        people: [{ role: 'Ops lead', name: '' }, { role: 'Ops lead', name: 'Sam', email: 'not an address', slack: '@sam' }],
        scheduleSeconds: 0,
        rules: { approvals: { escalateAfterHours: 0 } },
        cadence: 'weekly',
      }),
      [
        'cadence: "cadence" is not a team setting (known: rules, notify, people, scheduleSeconds)',
        'notify.webhooks[0]: must be an https:// URL (http:// only to this machine: 127.0.0.1, localhost or [::1])',
        'notify.webhooks[1]: must be an https:// URL (http:// only to this machine: 127.0.0.1, localhost or [::1])',
        'notify.smtp: must be an smtp:// or smtps:// URL such as smtps://user:${SMTP_PASSWORD}@smtp.example.com:465',
        'notify.businessHoursOnly: expected boolean, got string "yes"',
        'people[0].name: must not be empty',
        'people[1].email: must be an email address such as dana@example.com',
        'people[1].slack: must be a Slack member id such as U012AB3CD',
        'scheduleSeconds: must be ≥ 10',
        'rules.approvals.escalateAfterHours: must be > 0',
      ],
    );
  });

  it('needs a sender with SMTP, business hours to wait for, and each person once', () => {
    assert.deepEqual(problemsOf({ notify: { smtp: 'smtp://127.0.0.1:2525' } }), ['notify.from: is required with notify.smtp: the address the team’s email comes from']);
    assert.deepEqual(problemsOf({ notify: { businessHoursOnly: true } }), ['notify.businessHoursOnly: needs rules.approvals.businessHours: the hours notifications wait for']);
    assert.deepEqual(problemsOf({ people: [{ role: 'Ops lead', name: 'Sam' }, { role: 'ops lead', name: 'sam' }] }), ['people[1]: lists sam as ops lead a second time']);
  });
});

describe('resolveTeamSecrets', () => {
  const parsed = parseTeamConfig({ notify: { smtp: 'smtps://ops:${SMTP_PASSWORD}@smtp.example.com', from: 'ops@example.com', webhooks: ['https://hooks.slack.com/services/${SLACK_HOOK}'] } });
  assert.ok(parsed.ok);

  it('puts secrets from the environment in: URL-encoded as an SMTP password, as they are in a webhook path', () => {
    const result = resolveTeamSecrets(parsed.value, { SMTP_PASSWORD: 'p@ss/word', SLACK_HOOK: 'T0/B0/abc' });
    assert.ok(result.ok);
    assert.equal(result.value.notify.smtp, 'smtps://ops:p%40ss%2Fword@smtp.example.com');
    assert.equal(result.value.notify.webhooks[0], 'https://hooks.slack.com/services/T0/B0/abc');
  });

  it('names a secret the environment lacks at its path, without its value', () => {
    const result = resolveTeamSecrets(parsed.value, { SMTP_PASSWORD: '' });
    assert.deepEqual(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`), [
      "notify.webhooks[0]: names ${SLACK_HOOK}, which is not set in the server's environment",
      "notify.smtp: names ${SMTP_PASSWORD}, which is not set in the server's environment",
    ]);
  });
});

describe('applyTeamSettingsEdit', () => {
  const written = parseTeamConfig({
    notify: { webhooks: ['https://hooks.slack.com/services/${SLACK_HOOK}', 'https://hooks.example.com/b'], smtp: 'smtps://ops:${SMTP_PASSWORD}@smtp.example.com', from: 'ops@example.com' },
    people: [{ role: 'Ops lead', name: 'Sam' }],
  });
  assert.ok(written.ok);
  const ids = ['webhook:a', 'webhook:b'];

  it('keeps what the edit leaves out, a webhook named by its id as written, and the SMTP URL when its field is blank', () => {
    const result = applyTeamSettingsEdit(written.value, ids, { notify: { webhooks: [{ id: 'webhook:a' }, 'https://hooks.example.com/c'], smtp: '' }, scheduleSeconds: 60 });
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual(result.value.notify.webhooks, ['https://hooks.slack.com/services/${SLACK_HOOK}', 'https://hooks.example.com/c']);
    assert.equal(result.value.notify.smtp, 'smtps://ops:${SMTP_PASSWORD}@smtp.example.com');
    assert.deepEqual([result.value.scheduleSeconds, result.value.people.length], [60, 1]);
  });

  it('turns email off with null, and then needs no sender', () => {
    const result = applyTeamSettingsEdit(written.value, ids, { notify: { smtp: null, from: null } });
    assert.ok(result.ok, JSON.stringify(result.problems));
    assert.deepEqual([result.value.notify.smtp, result.value.notify.from], [undefined, undefined]);
  });

  it('names every problem by its path in the edit, once', () => {
    const result = applyTeamSettingsEdit(written.value, ids, { notify: { webhooks: [{ id: 'webhook:gone' }, 'ftp://x'], colour: 'red' }, people: [{ role: 'Ops lead', name: 'Sam', email: 'no' }], teams: 2 });
    assert.deepEqual(result.ok ? [] : result.problems.map((p) => p.path), ['teams', 'notify.colour', 'notify.webhooks[0]', 'notify.webhooks[1]', 'people[0].email']);
    assert.deepEqual(applyTeamSettingsEdit(written.value, ids, [1]).ok ? [] : ['refused'], ['refused']);
  });
});
