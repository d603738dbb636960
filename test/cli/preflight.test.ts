import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agenda } from '../../packages/core/src/cadence/agenda.js';
import { parsePlan } from '../../packages/core/src/plan/parse.js';
import { makeApproval, makeBlocker, makePlan, makeStep } from '../../packages/core/src/testing/factories.js';
import { buildCore, cliSandbox } from './support/sandbox.js';

const { preflight, write } = cliSandbox('preflight-cli-');
const NOW = '2026-08-20T09:00:00Z';

before(() => {
  buildCore();
  write('ready.json', makePlan());
  write('at-risk.json', makePlan({ id: 'at-risk', blockers: [makeBlocker({ due: '2026-08-12' })] }));
  const noAccountable = makePlan({ id: 'blocked' });
  noAccountable.steps[3]!.raci.accountable = [];
  write('blocked.json', noAccountable);
  write('bad.json', '{"schemaVersion": 2, "id": ');
  write('invalid.json', { ...makePlan(), campaign: { name: 'x', type: 'podcast', state: 'draft' }, steps: [makeStep({ raci: { responsible: [], consulted: [], informed: [] } as never })], colour: 'red' });
});

describe('help and usage', () => {
  test('--help lists every command and exits 0', () => {
    const r = preflight('--help');
    assert.equal(r.status, 0);
    for (const c of ['check', 'new', 'agenda', 'escalations']) assert.match(r.stdout, new RegExp(`preflight ${c} `));
  });

  test('a command --help prints its usage', () => {
    const r = preflight('check', '--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: preflight check <plan.json>/);
  });

  test('no command prints the help to stderr and exits 2', () => {
    const r = preflight();
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Usage:/);
    assert.equal(r.stdout, '');
  });

  test('an unknown command or flag is refused with exit 2', () => {
    const cmd = preflight('launch');
    assert.equal(cmd.status, 2);
    assert.match(cmd.stderr, /unknown command "launch"/);
    const flag = preflight('check', 'ready.json', '--verbose');
    assert.equal(flag.status, 2);
    assert.match(flag.stderr, /check: Unknown option '--verbose'/);
    assert.match(flag.stderr, /Usage: preflight check/);
  });
});

describe('preflight check', () => {
  test('a ready plan exits 0 with its state and score', () => {
    const r = preflight('check', 'ready.json', '--now', NOW);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ready\.json: 2026q3_emea_email_product-launch \(plan-1\)\nREADY · score 100\/100\nNo findings\./);
    assert.equal(r.stderr, '');
  });

  test('text output groups findings by severity with target, owner and fix', () => {
    const r = preflight('check', 'at-risk.json', '--now', NOW);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /AT RISK · score 95\/100/);
    assert.match(r.stdout, /Warnings \(1\)\n {2}- \[blocker\.overdue\] blocker blk-1: .*\n {6}owner: Marketing ops; fix: /);
  });

  test('a blocked plan exits 3', () => {
    const r = preflight('check', 'ready.json', 'blocked.json', '--now', NOW);
    assert.equal(r.status, 3);
    assert.match(r.stdout, /blocked\.json: .*\nBLOCKED · score \d+\/100\nBlocking \(\d+\)\n {2}- \[raci\.one-accountable\] step launch-approval/);
  });

  test('--format json gives file, state, score and findings per plan', () => {
    const r = preflight('check', 'ready.json', 'blocked.json', '--now', NOW, '--format', 'json');
    assert.equal(r.status, 3);
    const out = JSON.parse(r.stdout) as { file: string; state: string; score: number; findings: { ruleId: string; target: unknown; fix: string }[] }[];
    assert.deepEqual(out.map((o) => [o.file, o.state]), [['ready.json', 'ready'], ['blocked.json', 'blocked']]);
    assert.deepEqual(Object.keys(out[1]!), ['file', 'state', 'score', 'findings']);
    assert.ok(out[1]!.findings.some((f) => f.ruleId === 'raci.one-accountable' && f.fix));
  });

  test('bad JSON exits 2 naming the file and the JSON error', () => {
    const r = preflight('check', 'bad.json', '--now', NOW);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Invalid input \(1 problem\):\n {2}bad\.json:\(root\): is not valid JSON: /);
  });

  test('an invalid plan exits 2 listing every bad path', () => {
    const r = preflight('check', 'invalid.json', '--now', NOW);
    assert.equal(r.status, 2);
    for (const line of [
      'invalid.json:campaign.type: must be one of',
      'invalid.json:steps[0].raci.accountable: is required',
      'invalid.json:(root): has unknown field(s) colour',
    ]) assert.ok(r.stderr.includes(line), `${line}\n---\n${r.stderr}`);
  });

  test('a missing file exits 2; the readable plans are still judged', () => {
    const r = preflight('check', 'ready.json', 'nope.json', 'bad.json', '--now', NOW);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /READY/);
    assert.match(r.stderr, /Invalid input \(2 problems\):\n {2}nope\.json: cannot read file: no such file\n {2}bad\.json:\(root\)/);
  });

  test('--now must be an ISO instant, and some file is required', () => {
    const now = preflight('check', 'ready.json', '--now', '2026-08-20');
    assert.equal(now.status, 2);
    assert.match(now.stderr, /--now: "2026-08-20" must be an ISO 8601 date-time/);
    const none = preflight('check');
    assert.equal(none.status, 2);
    assert.match(none.stderr, /give at least one plan file/);
    const format = preflight('check', 'ready.json', '--format', 'xml');
    assert.equal(format.status, 2);
    assert.match(format.stderr, /--format: "xml" must be text or json/);
  });

  test('--config changes the rules, and an invalid config lists its paths', () => {
    write('lenient.json', { rules: { 'raci.one-accountable': { enabled: false } } });
    const r = preflight('check', 'blocked.json', '--now', NOW, '--config', 'lenient.json', '--format', 'json');
    assert.ok(!(JSON.parse(r.stdout) as { findings: { ruleId: string }[] }[])[0]!.findings.some((f) => f.ruleId === 'raci.one-accountable'));
    write('broken-config.json', { thresholds: { blockedApprovals: 0 }, scoring: { warning: -1 } });
    const bad = preflight('check', 'ready.json', '--config', 'broken-config.json');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /broken-config\.json:scoring\.warning: /);
    assert.match(bad.stderr, /broken-config\.json:thresholds\.blockedApprovals: /);
  });

  test('a config with a team timeZone judges due dates on that clock; an unknown zone is named with its path', () => {
    write('due-yesterday.json', makePlan({ id: 'due-yesterday', blockers: [makeBlocker({ due: '2026-08-20' })] }));
    write('sydney.json', { timeZone: 'Australia/Sydney' });
    // 15:00 UTC on the 20th is 01:00 on the 21st in Sydney: the blocker's due day is over there only.
    const overdue = (...config: string[]) => {
      const r = preflight('check', 'due-yesterday.json', '--now', '2026-08-20T15:00:00Z', ...config, '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      return (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }[])[0]!.findings.some((f) => f.ruleId === 'blocker.overdue');
    };
    assert.equal(overdue(), false);
    assert.equal(overdue('--config', 'sydney.json'), true);
    const esc = preflight('escalations', 'due-yesterday.json', '--now', '2026-08-20T15:00:00Z', '--config', 'sydney.json', '--format', 'json');
    assert.equal(esc.status, 0, esc.stderr);
    assert.equal((JSON.parse(esc.stdout) as { escalations: { breachedAt: string }[] }[])[0]!.escalations[0]!.breachedAt, '2026-08-20T14:00:00Z');
    write('mars.json', { timeZone: 'Mars/Olympus_Mons' });
    const bad = preflight('check', 'due-yesterday.json', '--config', 'mars.json');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /mars\.json:timeZone: "Mars\/Olympus_Mons" is not a known IANA time zone/);
  });

  test('without --now the current time is used', () => {
    const r = preflight('check', 'ready.json', '--format', 'json');
    assert.ok([0, 3].includes(r.status!), r.stderr);
    assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
  });
});

describe('preflight new', () => {
  test('prints a valid plan from the template, the same every time', () => {
    const a = preflight('new', 'webinar', '--name', 'Q3 EMEA webinar', '--launch', '2026-09-15');
    assert.equal(a.status, 0, a.stderr);
    const plan = JSON.parse(a.stdout) as unknown;
    assert.equal(parsePlan(plan).ok, true);
    assert.equal(preflight('new', 'webinar', '--name', 'Q3 EMEA webinar', '--launch', '2026-09-15').stdout, a.stdout);
    assert.match(a.stdout, /"launchDate": "2026-09-15"/);
    assert.match(a.stdout, /"id": "speaker-approval"/);
  });

  test('--id and --owner are used when given', () => {
    const plan = JSON.parse(preflight('new', 'event', '--name', 'Summit', '--launch', '2026-10-01', '--id', 'summit-26', '--owner', 'Events lead').stdout) as { id: string; campaign: { owner: string } };
    assert.equal(plan.id, 'summit-26');
    assert.equal(plan.campaign.owner, 'Events lead');
  });

  test('every bad argument is named, with exit 2', () => {
    const r = preflight('new', 'podcast', '--launch', '2026-02-30');
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /<type>: "podcast" is not a template; choose one of webinar, product-launch, paid-social, email-nurture, event\n--name: .*\n--launch: must be a calendar date written YYYY-MM-DD/);
    const missing = preflight('new', '--name', 'x', '--launch', '2026-09-01');
    assert.match(missing.stderr, /<type>: is required/);
  });

  test('a launch date whose plan would run past 9999-12-31 exits 2 instead of printing an invalid plan', () => {
    const r = preflight('new', 'webinar', '--name', 'x', '--launch', '9999-12-31');
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^--launch: leaves plan dates up to 30 days after it, past 9999-12-31; choose an earlier launch date\n/);
  });
});

describe('preflight agenda', () => {
  test('prints the meeting for the date with its four sections', () => {
    const r = preflight('agenda', 'at-risk.json', '--date', '2026-08-19');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Wednesday blocker check, 2026-08-19 \(sprint 32\)/);
    assert.match(r.stdout, /Blocked \(1\)\n {2}- high Field mapping for lead source is broken: owner Marketing ops, due 2026-08-12 \(overdue\)/);
    for (const s of ['Done (', 'Changed (', 'Next (']) assert.ok(r.stdout.includes(s), s);
  });

  test('--format json gives the agenda as data; a bad date exits 2', () => {
    const r = preflight('agenda', 'ready.json', 'at-risk.json', '--date', '2026-08-21', '--format', 'json');
    const a = JSON.parse(r.stdout) as { meeting: { kind: string }; blocked: { planId: string }[] };
    assert.equal(a.meeting.kind, 'review');
    assert.deepEqual(a.blocked.map((b) => b.planId), ['at-risk']);
    const bad = preflight('agenda', 'ready.json', '--date', 'friday');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--date: "friday" must be a calendar date/);
  });

  test('without --date the meeting is today’s on the config’s time zone', () => {
    write('kiritimati.json', { timeZone: 'Pacific/Kiritimati' });
    // Kiritimati is 14 hours ahead of UTC and Niue 11 behind: their dates differ for 25 hours of every day.
    write('niue.json', { timeZone: 'Pacific/Niue' });
    const localToday = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const meetingOf = (zone: string) => {
      const before = agenda([], localToday(zone)).date;
      const r = preflight('agenda', 'ready.json', '--config', `${zone === 'Pacific/Kiritimati' ? 'kiritimati' : 'niue'}.json`, '--format', 'json');
      assert.equal(r.status, 0, r.stderr);
      const after = agenda([], localToday(zone)).date;
      return { got: (JSON.parse(r.stdout) as { date: string }).date, expected: [before, after] };
    };
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Niue']) {
      const { got, expected } = meetingOf(zone);
      assert.ok(expected.includes(got), `${zone}: ${got}, expected ${expected.join(' or ')}`);
    }
  });

  test('an invalid plan stops the agenda with exit 2', () => {
    const r = preflight('agenda', 'ready.json', 'invalid.json', '--date', '2026-08-19');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /invalid\.json:campaign\.type/);
  });
});

describe('preflight escalations', () => {
  test('lists who is reached about an overdue approval, and corrective actions', () => {
    write('overdue.json', makePlan({ id: 'overdue', approvals: [makeApproval({ requestedAt: '2026-08-10T09:00:00Z' })] }));
    const r = preflight('escalations', 'overdue.json', '--now', NOW);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^overdue\.json: 1 escalation, 0 corrective actions\n {2}- approval apr-1: level \d+, reach /);
    const data = JSON.parse(preflight('escalations', 'overdue.json', '--now', NOW, '--format', 'json').stdout) as { file: string; escalations: { subject: unknown; who: string }[]; correctiveActions: unknown[] }[];
    assert.deepEqual(data[0]!.escalations[0]!.subject, { kind: 'approval', id: 'apr-1' });
    assert.deepEqual(data[0]!.correctiveActions, []);
  });

  test('nothing overdue gives an empty list', () => {
    const r = preflight('escalations', 'ready.json', '--now', NOW);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'ready.json: 0 escalations, 0 corrective actions\n');
  });
});
