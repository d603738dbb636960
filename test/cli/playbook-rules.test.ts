import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan } from '../../packages/core/src/plan/schema.js';
import { makeApproval, makeBlocker, makeDoneItem, makeItem, makeLaunchApproval, makePlan } from '../../packages/core/src/testing/factories.js';
import { buildCore, cliSandbox } from './support/sandbox.js';

/** The playbooks' promises as `preflight` reports them on plan files. */
const { preflight, write } = cliSandbox('preflight-playbook-');
const NOW = '2026-08-20T09:00:00Z';

/** The rule ids `check --format json` reports for one file. */
function ruleIds(file: string, now = NOW, ...extra: string[]): string[] {
  const r = preflight('check', file, '--now', now, '--format', 'json', ...extra);
  assert.ok(r.status === 0 || r.status === 3, r.stderr);
  return (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }[])[0]!.findings.map((f) => f.ruleId);
}

before(buildCore);

describe('messages', () => {
  test('a config value that must be above zero says "> 0"; one that may be zero says "≥ 0"', () => {
    write('plan.json', makePlan());
    write('bad-config.json', { thresholds: { launchDelayDays: -1 }, approvals: { slaHours: { legal: 0 } } });
    const r = preflight('check', 'plan.json', '--now', NOW, '--config', 'bad-config.json');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /approvals\.slaHours\.legal: must be > 0/);
    assert.match(r.stderr, /thresholds\.launchDelayDays: must be ≥ 0/);
  });

  test('an escalation line ends each sentence with one mark', () => {
    write('late-review.json', makePlan({ id: 'late', approvals: [makeApproval({ kind: 'legal', requestedAt: '2026-08-17T09:00:00Z' })] }));
    const r = preflight('escalations', 'late-review.json', '--now', NOW);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /escalated to level 1 \(backup\)\. Next level at 2026-08-21T09:00:00Z\.\n/);
    assert.doesNotMatch(r.stdout, /\.;|\.\./);
  });
});

/** The default steps with the template's dates for a launch on 2026-09-01; brief intake done. */
function datedPlan(id: string, edit: (plan: Plan) => void = () => {}): Plan {
  const plan = makePlan({ id });
  const dates: [string, string, string[]][] = [
    ['2026-07-21', '2026-08-04', []],
    ['2026-08-05', '2026-08-18', ['brief-intake']],
    ['2026-08-11', '2026-08-25', ['brief-intake']],
    ['2026-08-29', '2026-08-31', ['creative-production', 'crm-tracking-setup']],
    ['2026-09-15', '2026-09-22', ['launch-approval']],
  ];
  plan.steps.forEach((step, i) => Object.assign(step, { start: dates[i]![0], due: dates[i]![1], dependsOn: dates[i]![2] }));
  plan.steps[0]!.doneAt = '2026-08-04T10:00:00Z';
  edit(plan);
  return plan;
}

describe('steps', () => {
  test('check reports a step open past its due day, not on the day itself', () => {
    write('late-step.json', datedPlan('late-step'));
    assert.ok(!ruleIds('late-step.json', '2026-08-18T12:00:00Z').includes('step.overdue'));
    const r = preflight('check', 'late-step.json', '--now', '2026-08-19T09:00:00Z');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\[step\.overdue\] step creative-production: Step "Creative production" was due 2026-08-18 and is not done \(1 day overdue\)\./);
  });

  test('check reports a step done before a step it depends on', () => {
    write('early.json', datedPlan('early', (p) => (p.steps[3]!.doneAt = '2026-08-17T09:00:00Z')));
    write('in-order.json', datedPlan('in-order', (p) => {
      p.steps[1]!.doneAt = '2026-08-16T09:00:00Z';
      p.steps[2]!.doneAt = '2026-08-17T09:00:00Z';
      p.steps[3]!.doneAt = '2026-08-17T09:00:00Z';
    }));
    assert.ok(ruleIds('early.json', '2026-08-17T12:00:00Z').includes('step.out-of-order'));
    assert.ok(!ruleIds('in-order.json', '2026-08-17T12:00:00Z').includes('step.out-of-order'));
  });

  test('check reports a critical-path slip with the days the launch moves, from the day it moves', () => {
    write('slip.json', datedPlan('slip', (p) => (p.steps[1]!.doneAt = '2026-08-18T10:00:00Z')));
    assert.ok(!ruleIds('slip.json', '2026-08-29T09:00:00Z').includes('step.critical-slip'));
    const r = preflight('check', 'slip.json', '--now', '2026-08-30T09:00:00Z');
    assert.match(r.stdout, /\[step\.critical-slip\] step crm-tracking-setup: .*"CRM and tracking setup" is late and the launch of 2026-09-01 moves 1 day\./);
  });
});

describe('post-launch gates', () => {
  const withReport = (id: string, state: 'draft' | 'live') => {
    const plan = makePlan({ id, approvals: [makeLaunchApproval()], checklist: [makeItem({ id: 'report', label: 'Monthly reporting', gateId: 'monthly-reporting', owner: 'Analytics', due: '2026-08-10' })] });
    plan.campaign.state = state;
    return plan;
  };

  test('before launch a post-launch gate past its date costs nothing; after launch it is a warning, exit 0, never BLOCKED', () => {
    write('report-draft.json', withReport('report-draft', 'draft'));
    write('report-live.json', withReport('report-live', 'live'));
    const draft = preflight('check', 'report-draft.json', '--now', NOW);
    assert.equal(draft.status, 0, draft.stderr);
    assert.match(draft.stdout, /READY · score 100\/100/);
    const live = preflight('check', 'report-live.json', '--now', NOW);
    assert.equal(live.status, 0, live.stderr);
    assert.match(live.stdout, /AT RISK · score 95\/100\nWarnings \(1\)\n {2}- \[gate\.post-launch-overdue\] item report: Post-launch gate "Monthly reporting" was due 2026-08-10/);
  });

  test('monthly reporting is owed again a month later while live', () => {
    const plan = withReport('report-monthly', 'live');
    Object.assign(plan.checklist[0]!, { doneAt: '2026-08-11T09:00:00Z', doneBy: 'Analytics', evidence: 'https://bi.example.com/r/1' });
    write('report-monthly.json', plan);
    assert.deepEqual(ruleIds('report-monthly.json', '2026-09-10T09:00:00Z'), []);
    assert.deepEqual(ruleIds('report-monthly.json', '2026-09-11T09:00:00Z'), ['gate.post-launch-overdue']);
  });

  test('a new plan dates CRM source capture on the launch day', () => {
    const r = preflight('new', 'webinar', '--name', '2026q4_emea_event_webinar', '--launch', '2026-12-15');
    const plan = JSON.parse(r.stdout) as Plan;
    assert.equal(plan.checklist.find((i) => i.gateId === 'crm-source-capture')!.due, '2026-12-15');
  });
});

describe('sign-off', () => {
  test("the launch step's backup may give the launch approval; the Responsible may not", () => {
    const approvedBy = (id: string, decidedBy: string) => {
      const plan = makePlan({ id, approvals: [makeLaunchApproval({ decidedBy })] });
      plan.campaign.state = 'approved';
      return write(`${id}.json`, plan);
    };
    const backup = preflight('check', approvedBy('by-backup', 'Demand gen lead'), '--now', NOW);
    assert.equal(backup.status, 0, backup.stdout);
    assert.match(backup.stdout, /READY · score 100\/100/);
    const responsible = preflight('check', approvedBy('by-responsible', 'Campaign manager'), '--now', NOW);
    assert.equal(responsible.status, 3);
    assert.match(responsible.stdout, /\[lifecycle\.skipped-definition\] .*no launch approval was given by the launch step's Accountable or its backup/);
  });
});

describe('guardrails', () => {
  const fromTemplate = (name: string) => JSON.parse(preflight('new', 'webinar', '--name', '2026q4_emea_event_webinar', '--launch', '2026-12-15', '--id', name).stdout) as Plan;

  test('a standard gate deleted or made no gate is named; kept, it is not', () => {
    write('kept.json', fromTemplate('kept'));
    const deleted = fromTemplate('deleted');
    deleted.checklist = deleted.checklist.filter((i) => i.gateId !== 'legal-brand-review');
    write('deleted.json', deleted);
    const weakened = fromTemplate('weakened');
    weakened.checklist.find((i) => i.gateId === 'landing-page-qa')!.gate = false;
    write('weakened.json', weakened);
    assert.ok(!ruleIds('kept.json').includes('gate.standard-removed'));
    assert.match(preflight('check', 'deleted.json', '--now', NOW).stdout, /\[gate\.standard-removed\] campaign deleted: The standard gate "Legal and brand review passed" was removed from the checklist\./);
    assert.match(preflight('check', 'weakened.json', '--now', NOW).stdout, /\[gate\.standard-removed\] item gate-landing-page-qa: .* is a standard gate .* but no longer holds the launch\./);
  });

  test('"message approved" needs an approved record, and a blocker needs a killer category', () => {
    const apr = makeApproval({ id: 'apr-msg', kind: 'other', stepId: undefined, requestedAt: '2026-07-30T09:00:00Z', decision: 'approved', decidedAt: '2026-08-01T09:00:00Z', decidedBy: 'Marketing director' });
    const item = makeDoneItem({ id: 'msg', label: 'Message and offer approved', layer: 'strategy', gateId: 'message-approved' });
    write('tick-only.json', makePlan({ id: 'tick-only', approvals: [apr], checklist: [item] }));
    write('tied.json', makePlan({ id: 'tied', approvals: [apr], checklist: [{ ...item, approvalId: 'apr-msg' }], blockers: [makeBlocker({ due: '2026-09-10' })] }));
    write('uncategorised.json', makePlan({ id: 'uncategorised', blockers: [makeBlocker({ due: '2026-09-10', category: undefined })] }));
    assert.deepEqual(ruleIds('tick-only.json'), ['gate.message-approval']);
    assert.deepEqual(ruleIds('tied.json'), []);
    assert.deepEqual(ruleIds('uncategorised.json'), ['blocker.category']);
  });

  test('an approvalId that names no approval is refused as input', () => {
    write('dangling.json', makePlan({ id: 'dangling', checklist: [makeDoneItem({ gateId: 'message-approved', approvalId: 'apr-x' })] }));
    const r = preflight('check', 'dangling.json', '--now', NOW);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /checklist\[0\]\.approvalId: no approval has id "apr-x"/);
  });
});

describe('cadence', () => {
  const week = () => {
    const plan = makePlan({
      id: 'week',
      approvals: [makeApproval({ id: 'legal-late', kind: 'legal', requestedAt: '2026-08-10T09:00:00Z' }), makeApproval({ id: 'brand-new', kind: 'brand', requestedAt: '2026-08-19T09:00:00Z' })],
      blockers: [makeBlocker({ raisedAt: '2026-08-17T09:00:00Z', due: '2026-08-28' })],
      checklist: [makeItem({ due: '2026-08-20' })],
      log: [{ at: '2026-08-21T10:00:00Z', summary: 'Webinar form: two fields instead of six', by: 'Analytics', target: { kind: 'step', id: 'performance-review' } }],
    });
    plan.steps[0]!.doneAt = '2026-08-21T09:00:00Z';
    return write('week.json', plan);
  };

  test('the header names exactly the days covered; Monday has new requests and capacity, in weekly sprints', () => {
    const r = preflight('agenda', week(), '--date', '2026-08-17');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Monday planning, 2026-08-17 \(sprint 32\)\n.*\nCovers 2026-08-15 to 2026-08-17; next meeting 2026-08-19\./);
    assert.match(r.stdout, /\nChanged \(1\)\n {2}- 2026-08-17 blocker Field mapping for lead source is broken \(Marketing ops\) — new blocker\n/, 'the Monday blocker is in the window the header names');
    assert.match(r.stdout, /\nNew requests \(1\)\n {2}- 2026-09-01 campaign 2026q3_emea_email_product-launch \(Campaign manager\) — brief complete\n/);
    assert.match(r.stdout, /\nCapacity this week \(1\)\n {2}- Marketing ops: 0 steps, 1 item\n/);
  });

  test('Wednesday has breached approvals, Thursday the approvals review, Friday learnings and recognition', () => {
    const wed = preflight('agenda', week(), '--date', '2026-08-19').stdout;
    assert.match(wed, /Covers 2026-08-18 to 2026-08-19; next meeting 2026-08-20\./);
    assert.match(wed, /\nBreached approvals \(1\)\n {2}- 2026-08-10 approval legal review \(launch-approval\) \(Marketing director\) — past its 48 h SLA\n/);
    const thu = preflight('agenda', week(), '--date', '2026-08-20').stdout;
    assert.match(thu, /^Thursday approvals review, 2026-08-20/);
    assert.match(thu, /Covers 2026-08-20; next meeting 2026-08-21\./);
    assert.match(thu, /\nApprovals waiting \(2\)\n {2}- 2026-08-10 approval legal review .* — past its 48 h SLA\n {2}- 2026-08-19 approval brand review .* — within its SLA\n/);
    const fri = preflight('agenda', week(), '--date', '2026-08-21').stdout;
    assert.match(fri, /\nLearnings \(1\)\n {2}- 2026-08-21 log Webinar form: two fields instead of six \(Analytics\) — post-launch review\n/);
    assert.match(fri, /\nRecognition \(1\)\n {2}- Demand gen lead: 1 done\n/);
    assert.doesNotMatch(fri, /Breached approvals|New requests/);
  });
});

describe('small teams', () => {
  test('one role owning most steps is accepted in a team of two, flagged in the default team', () => {
    const small = makePlan({ id: 'small' });
    // Two people: one does every step, the other owns every step.
    small.steps.forEach((step) => Object.assign(step.raci, { responsible: ['Marketing ops'], accountable: ['Marketing director'], backup: 'Marketing ops' }));
    write('small-team.json', small);
    assert.ok(!ruleIds('small-team.json').includes('raci.everyone-owns-role'));
    const large = makePlan({ id: 'large' });
    for (const i of [1, 3]) large.steps[i]!.raci.responsible = ['Marketing ops'];
    write('large-team.json', large);
    assert.deepEqual(ruleIds('large-team.json'), ['raci.everyone-owns-role']);
  });
});

describe('portfolio', () => {
  const bottleneck = (id: string, at: string) => makeBlocker({ id, category: 'structural-bottleneck', raisedAt: at, due: '2026-09-30' });

  test('check over several plans reports a killer recurring across campaigns and the same gate late again', () => {
    write('p-a.json', makePlan({ id: 'p-a', blockers: [bottleneck('b1', '2026-08-04T09:00:00Z'), bottleneck('b2', '2026-08-18T09:00:00Z')], checklist: [makeItem({ due: '2026-08-19' })] }));
    write('p-b.json', makePlan({ id: 'p-b', blockers: [bottleneck('b1', '2026-08-11T09:00:00Z')], checklist: [makeDoneItem({ due: '2026-08-12', doneAt: '2026-08-14T09:00:00Z' })] }));
    const r = preflight('check', 'p-a.json', 'p-b.json', '--now', NOW);
    assert.equal(r.status, 3, 'the open landing-page gate blocks p-a');
    assert.match(r.stdout, /\nAcross 2 plans: 2 recurring patterns\n {2}- \[killer\] "structural-bottleneck" blockers were raised in 3 consecutive sprints across 2 campaigns\. In: p-a\.json, p-b\.json\n.*\n {2}- \[late-gate\] Gate "Landing page QA .*" was late in 2 campaigns\. In: p-a\.json, p-b\.json\n/);
    const data = JSON.parse(preflight('check', 'p-a.json', 'p-b.json', '--now', NOW, '--format', 'json').stdout) as { recurring?: { id: string }[] }[];
    assert.deepEqual(data.map((d) => d.recurring?.map((p) => p.id)), [['structural-bottleneck', 'landing-page-qa'], ['structural-bottleneck', 'landing-page-qa']]);
  });

  test('one plan, or plans with nothing in common, print no portfolio section', () => {
    assert.doesNotMatch(preflight('check', 'p-a.json', '--now', NOW).stdout, /Across/);
    write('p-c.json', makePlan({ id: 'p-c' }));
    assert.doesNotMatch(preflight('check', 'p-a.json', 'p-c.json', '--now', NOW).stdout, /Across/);
  });

  test('corrective actions kept in the plan are listed by check with owner, due date and status; an overdue one is a warning', () => {
    const plan = makePlan({
      id: 'actions',
      reporting: { confidence: 90 },
      correctiveActions: [
        { id: 'ca-1', action: 'Second approver for legal reviews', owner: 'Legal', due: '2026-08-19', status: 'open' },
        { id: 'ca-2', action: 'Fix hidden UTM fields', owner: 'RevOps', due: '2026-08-25', status: 'open', source: 'threshold.reporting-confidence' },
      ],
    });
    write('actions.json', plan);
    const r = preflight('check', 'actions.json', '--now', NOW);
    assert.match(r.stdout, /\[action\.overdue\] action ca-1: Corrective action "Second approver for legal reviews" was due 2026-08-19 and is still open\.\n {6}owner: Legal;/);
    assert.match(r.stdout, /\nCorrective actions \(2\)\n {2}- \[open\] ca-1: Second approver for legal reviews; owner Legal, due 2026-08-19 \(overdue\)\n {2}- \[open\] ca-2: Fix hidden UTM fields; owner RevOps, due 2026-08-25; for threshold\.reporting-confidence\n/);
    assert.doesNotMatch(r.stdout, /to record/);
    plan.correctiveActions!.pop();
    write('actions.json', plan);
    assert.match(preflight('check', 'actions.json', '--now', NOW).stdout, /\n {2}- \[to record\] threshold\.reporting-confidence: Reporting confidence is 90%, below 95%\. Suggested owner: Ops lead\.\n/);
    assert.ok(!ruleIds('actions.json', '2026-08-19T12:00:00Z').includes('action.overdue'), 'not on its due day');
  });
});

describe('preflight template', () => {
  test('save writes a team template, list shows it, and new --template makes a valid plan from it', () => {
    const tuned = JSON.parse(preflight('new', 'webinar', '--name', '2026q4_emea_event_webinar', '--launch', '2026-12-15').stdout) as Plan;
    tuned.steps.find((s) => s.id === 'launch-approval')!.raci.consulted = ['Legal'];
    tuned.checklist.push({ id: 'gate-dry-run', label: 'Speaker dry run', layer: 'execution', owner: 'Demand gen lead', due: '2026-12-12', gate: true });
    write('tuned.json', tuned);

    const empty = preflight('template', 'list', '--dir', 'team-templates');
    assert.equal(empty.status, 0, empty.stderr);
    assert.match(empty.stdout, /Team templates in team-templates \(0\)[^\n]*\n {2}none yet/);

    const saved = preflight('template', 'save', 'tuned.json', '--id', 'emea-webinar', '--title', 'EMEA webinar', '--dir', 'team-templates');
    assert.equal(saved.status, 0, saved.stderr);
    assert.match(saved.stdout, /^Saved team template emea-webinar \(webinar: 10 steps, 9 gates, 5 milestones\) to team-templates\/emea-webinar\.json\n/);

    const listed = preflight('template', 'list', '--dir', 'team-templates');
    assert.match(listed.stdout, /Built in \(5\)/);
    assert.match(listed.stdout, /\n {2}- emea-webinar: EMEA webinar \(webinar; 10 steps, 9 gates\)\n/);
    const data = JSON.parse(preflight('template', 'list', '--dir', 'team-templates', '--format', 'json').stdout) as { team: { id: string }[] };
    assert.deepEqual(data.team.map((t) => t.id), ['emea-webinar']);

    const made = preflight('new', '--template', 'emea-webinar', '--dir', 'team-templates', '--name', '2027q1_emea_event_webinar', '--launch', '2027-03-10');
    assert.equal(made.status, 0, made.stderr);
    const plan = JSON.parse(made.stdout) as Plan;
    assert.equal(plan.checklist.find((i) => i.id === 'gate-dry-run')!.due, '2027-03-07');
    assert.deepEqual(plan.steps.find((s) => s.id === 'launch-approval')!.raci.consulted, ['Legal']);
    write('from-team.json', plan);
    const checked = preflight('check', 'from-team.json', '--now', '2027-01-10T09:00:00Z');
    assert.ok(checked.status === 0 || checked.status === 3, checked.stderr);
    assert.doesNotMatch(checked.stdout, /gate\.standard-removed/);
  });

  test('bad input is refused with exit 2: no --id, an unknown template, a broken template file', () => {
    assert.match(preflight('template', 'save', 'tuned.json', '--dir', 'team-templates').stderr, /--id is required/);
    assert.equal(preflight('template', 'publish').status, 2);
    const unknown = preflight('new', '--template', 'nope', '--dir', 'team-templates', '--name', 'x', '--launch', '2027-03-10');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /team-templates\/nope\.json: cannot read file: no such file/);
    write('team-templates/broken.json', { format: 'preflight-team-template', version: 1, id: 'broken' });
    const listed = preflight('template', 'list', '--dir', 'team-templates');
    assert.equal(listed.status, 2);
    assert.match(listed.stderr, /team-templates\/broken\.json:title: is required/);
  });
});

describe('campaign name', () => {
  test("check holds the plan's campaign name to the naming convention, and to a configured one", () => {
    write('named.json', makePlan({ id: 'named' }));
    write('unnamed.json', makePlan({ id: 'unnamed', campaign: { ...makePlan().campaign, name: 'Spring webinar' } }));
    assert.deepEqual(ruleIds('named.json'), []);
    assert.match(preflight('check', 'unnamed.json', '--now', NOW).stdout, /\[campaign\.naming\] campaign unnamed: "Spring webinar" does not follow the naming convention/);
    write('spring-config.json', { platform: { namingPattern: '^Spring [a-z]+$' } });
    assert.deepEqual(ruleIds('unnamed.json', NOW, '--config', 'spring-config.json'), []);
  });
});

describe('preflight platform', () => {
  const facts = (overrides: Record<string, unknown> = {}) => ({
    platform: 'google-ads', campaignKey: 'google-ads:123:456', name: '2026q3_emea_cpc_product-launch', status: 'PAUSED', owner: 'Campaign manager',
    startDate: '2026-09-01', endDate: '2026-09-30', budget: { amount: 50_000_000, unit: 'micros', currency: 'USD', period: 'daily' }, autoTagging: true, ...overrides,
  });
  const ids = (...args: string[]) => (JSON.parse(preflight('platform', ...args, '--now', NOW, '--format', 'json').stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);

  test('live on the platform without the plan’s launch approval blocks (exit 3); paused, or approved, it does not', () => {
    write('linked.json', makePlan({ id: 'linked' }));
    write('approved.json', makePlan({ id: 'approved', approvals: [makeLaunchApproval()] }));
    write('live.json', facts({ status: 'ENABLED' }));
    write('paused.json', facts());
    const r = preflight('platform', 'live.json', '--plan', 'linked.json', '--now', NOW);
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stdout, /^live\.json: 2026q3_emea_cpc_product-launch \(google-ads, plan linked\)\nBLOCKED/);
    assert.match(r.stdout, /\[platform\.live-unapproved\] fact status: The campaign is live on google-ads \("ENABLED"\) but the plan "2026q3_emea_email_product-launch" has no launch approval\./);
    assert.equal(preflight('platform', 'paused.json', '--plan', 'linked.json', '--now', NOW).status, 0);
    assert.ok(!ids('live.json', '--plan', 'approved.json').includes('platform.live-unapproved'));
    assert.ok(!ids('live.json').includes('platform.live-unapproved'), 'without a plan there is nothing to compare');
  });

  test('dates that differ from the plan’s, and a budget above the plan’s, are reported; the same ones are not', () => {
    write('budgeted.json', makePlan({ id: 'budgeted', campaign: { ...makePlan().campaign, endDate: '2026-09-30', budget: { amount: 40, currency: 'USD', period: 'daily' } } }));
    write('matching.json', makePlan({ id: 'matching', campaign: { ...makePlan().campaign, endDate: '2026-09-30', budget: { amount: 50, currency: 'USD', period: 'daily' } } }));
    write('early.json', facts({ startDate: '2026-08-28' }));
    assert.deepEqual(ids('early.json', '--plan', 'budgeted.json').filter((id) => id.startsWith('platform.plan-')), ['platform.plan-budget', 'platform.plan-dates']);
    assert.deepEqual(ids('paused.json', '--plan', 'matching.json').filter((id) => id.startsWith('platform.plan-')), []);
  });

  test('facts that cannot be read are refused with exit 2 and their paths', () => {
    write('bad-facts.json', { platform: 'myspace', campaignKey: '', colour: 'red' });
    const r = preflight('platform', 'bad-facts.json', '--now', NOW);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /bad-facts\.json:platform: must be one of/);
    assert.match(r.stderr, /bad-facts\.json:campaignKey: is required/);
    assert.match(r.stderr, /bad-facts\.json:colour: is not a campaign fact/);
  });
});
