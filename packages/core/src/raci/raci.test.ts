import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import type { Plan, Raci } from '../plan/schema.js';
import { ruleContext } from '../rules/context.js';
import { ruleById } from '../rules/catalog.js';
import { makePlan, makeStep } from '../testing/factories.js';
import { DEFAULT_RACI } from './default-raci.js';
import { raciRowChecks } from './step-checks.js';
import { evaluate } from '../readiness/evaluate.js';

const NOW = '2026-08-28T12:00:00Z';
const run = (id: string, plan: Plan, config: RulesConfig = DEFAULT_CONFIG) => ruleById(id)!.check(ruleContext(plan, NOW, config));
/** The default plan with the launch-approval step's RACI changed. */
const withLaunchRaci = (raci: Partial<Raci>) => {
  const plan = makePlan();
  const step = plan.steps[3]!;
  step.raci = { ...step.raci, ...raci };
  return plan;
};
const launchStep = { kind: 'step', id: 'launch-approval' };
const RACI_IDS = ['raci.one-accountable', 'raci.responsible', 'raci.informed-only', 'raci.backup', 'raci.consulted-limit', 'raci.everyone-owns-step', 'raci.everyone-owns-role'];

describe('RACI rules', () => {
  it('the default RACI passes every rule', () => {
    for (const id of [...RACI_IDS, 'raci.no-steps']) assert.deepEqual(run(id, makePlan()), [], id);
  });

  it('raci.no-steps: a plan without workflow steps is blocking, for the campaign owner', () => {
    const plan = makePlan({ steps: [] });
    assert.deepEqual(run('raci.no-steps', plan), [
      {
        target: { kind: 'campaign', id: plan.id },
        message: 'The plan has no workflow steps, so nobody owns any part of the work.',
        fix: 'Add the workflow steps (a template gives the default five) and assign R and A on each.',
        owner: 'Campaign manager',
      },
    ]);
  });

  it('raci.one-accountable: no Accountable is blocking, for the campaign owner to settle', () => {
    assert.deepEqual(run('raci.one-accountable', withLaunchRaci({ accountable: [] })), [
      { target: launchStep, message: '"Launch approval" has no Accountable.', fix: 'Name the one role who signs this step off.', owner: 'Campaign manager' },
    ]);
  });

  it('raci.one-accountable: several Accountables are named in the message', () => {
    const [finding] = run('raci.one-accountable', withLaunchRaci({ accountable: ['Marketing director', 'Sales'] }));
    assert.equal(finding!.message, '"Launch approval" has 2 Accountables (Marketing director, Sales).');
    assert.equal(finding!.fix, 'Keep one Accountable and make the others Responsible or Consulted.');
  });

  it('raci.responsible: a step nobody does is blocking, for its Accountable', () => {
    assert.deepEqual(run('raci.responsible', withLaunchRaci({ responsible: [] })), [
      { target: launchStep, message: '"Launch approval" has no Responsible.', fix: 'Name at least one role who does the work.', owner: 'Marketing director' },
    ]);
  });

  it('raci.informed-only: a step with only Consulted/Informed is reported once, not also as missing R and A', () => {
    const plan = withLaunchRaci({ responsible: [], accountable: [] });
    assert.deepEqual(run('raci.informed-only', plan), [
      {
        target: launchStep,
        message: '"Launch approval" lists only Consulted or Informed roles: nobody is Responsible or Accountable.',
        fix: 'Name one Accountable and at least one Responsible.',
        owner: 'Campaign manager',
      },
    ]);
    assert.deepEqual(run('raci.one-accountable', plan), []);
    assert.deepEqual(run('raci.responsible', plan), []);
  });

  it('raci.informed-only: an empty step is missing R and A instead', () => {
    const plan = withLaunchRaci({ responsible: [], accountable: [], consulted: [], informed: [] });
    assert.deepEqual(run('raci.informed-only', plan), []);
    assert.equal(run('raci.one-accountable', plan).length, 1);
    assert.equal(run('raci.responsible', plan).length, 1);
  });

  it('raci.backup: missing, or the Accountable itself, is a warning for the Accountable', () => {
    assert.deepEqual(run('raci.backup', withLaunchRaci({ backup: undefined })), [
      {
        target: launchStep,
        message: '"Launch approval" has no backup for its Accountable.',
        fix: 'Name a backup who can decide when the Accountable is away, other than the Accountable.',
        owner: 'Marketing director',
      },
    ]);
    assert.equal(run('raci.backup', withLaunchRaci({ backup: 'Marketing director' }))[0]!.message, 'The backup of "Launch approval" is the Accountable itself.');
    assert.deepEqual(run('raci.backup', withLaunchRaci({ backup: undefined, accountable: [] })), [], 'no Accountable: nothing to back up yet');
  });

  it('raci.consulted-limit: more than the configured Consulted is a warning', () => {
    const four = withLaunchRaci({ consulted: ['Legal', 'Product', 'Brand', 'Content'] });
    assert.deepEqual(run('raci.consulted-limit', four), [
      {
        target: launchStep,
        message: '"Launch approval" consults 4 roles; the limit is 3.',
        fix: 'Keep as Consulted only the roles that affect quality, compliance or readiness; move the rest to Informed.',
        owner: 'Marketing director',
      },
    ]);
    assert.deepEqual(run('raci.consulted-limit', withLaunchRaci({ consulted: ['Legal', 'Product', 'Brand'] })), []);
    assert.deepEqual(run('raci.consulted-limit', four, { ...DEFAULT_CONFIG, raci: { ...DEFAULT_CONFIG.raci, maxConsulted: 4 } }), []);
  });

  it('raci.everyone-owns-step: most listed roles holding R or A is a warning', () => {
    const plan = withLaunchRaci({ responsible: ['Campaign manager', 'Legal', 'Product'], consulted: [], informed: ['Sales'] });
    assert.deepEqual(run('raci.everyone-owns-step', plan), [
      {
        target: launchStep,
        message: '4 roles are Responsible or Accountable on "Launch approval": everyone owns it, so nobody does.',
        fix: 'Keep one Accountable and the few who do the work as Responsible; make the others Consulted or Informed.',
        owner: 'Marketing director',
      },
    ]);
  });

  it('raci.everyone-owns-step: three owners of four listed roles is already everyone', () => {
    const plan = withLaunchRaci({ responsible: ['Campaign manager', 'Legal'], consulted: [], informed: ['Sales'] });
    assert.deepEqual(
      run('raci.everyone-owns-step', plan).map((f) => f.message),
      ['3 roles are Responsible or Accountable on "Launch approval": everyone owns it, so nobody does.'],
    );
  });

  it('raci.everyone-owns-step: a doer and an owner alone is a normal step', () => {
    assert.deepEqual(run('raci.everyone-owns-step', withLaunchRaci({ consulted: [], informed: [] })), []);
  });

  it('raci.everyone-owns-role: a role holding R or A on more than 60% of steps is a warning', () => {
    const plan = makePlan();
    for (const i of [1, 3]) plan.steps[i]!.raci.responsible = ['Marketing ops'];
    assert.deepEqual(run('raci.everyone-owns-role', plan), [
      {
        target: { kind: 'role', id: 'Marketing ops' },
        message: 'Marketing ops is Responsible or Accountable on 4 of 5 steps.',
        fix: "Hand some of Marketing ops's steps to other roles so no more than 60% rest on one.",
        owner: 'Campaign manager',
      },
    ]);
    plan.steps[3]!.raci.responsible = ['Campaign manager'];
    assert.deepEqual(run('raci.everyone-owns-role', plan), [], '3 of 5 is exactly 60%, not more');
  });

  it('raci.everyone-owns-role: adapts to a small team, up to twice a fair share', () => {
    const team = (owners: string[][]) => {
      const plan = makePlan();
      plan.steps.forEach((step, i) => {
        step.raci.responsible = owners[i]!.slice(1);
        step.raci.accountable = owners[i]!.slice(0, 1);
      });
      return plan;
    };
    // Two people own everything: one across the layers is how a small team works.
    const two = team([['Ops lead'], ['Ops lead'], ['Ops lead'], ['Ops lead', 'Campaign manager'], ['Ops lead']]);
    assert.deepEqual(run('raci.everyone-owns-role', two), []);
    // Three owners: up to two thirds each (4 of 5 is more).
    const three = (fourth: string) => team([['Ops lead'], ['Ops lead'], ['Ops lead', 'Analytics'], [fourth], ['Campaign manager']]);
    assert.deepEqual(run('raci.everyone-owns-role', three('Campaign manager')), [], '3 of 5 is within two thirds');
    assert.deepEqual(run('raci.everyone-owns-role', three('Ops lead')), [
      {
        target: { kind: 'role', id: 'Ops lead' },
        message: 'Ops lead is Responsible or Accountable on 4 of 5 steps, more than twice a fair share among 3 owning roles.',
        fix: "Hand some of Ops lead's steps to other roles so no more than 67% rest on one.",
        owner: 'Campaign manager',
      },
    ]);
  });

  it('raci.everyone-owns-role: needs at least three steps to judge', () => {
    const plan = makePlan({ steps: [makeStep({}, DEFAULT_RACI[0]), makeStep({}, DEFAULT_RACI[2])] });
    assert.deepEqual(run('raci.everyone-owns-role', plan), []);
  });
});

describe('raciRowChecks', () => {
  it('lists the rules a step row is judged by, met unless the step has a finding from one, and leaves out a rule the config turns off', () => {
    const plan = withLaunchRaci({ accountable: ['Marketing director', 'Sales'], backup: undefined, consulted: ['Legal', 'Product', 'Brand', 'Content'] });
    const findings = evaluate(plan, { now: NOW, config: DEFAULT_CONFIG }).findings.filter((f) => f.target.kind === 'step' && f.target.id === 'launch-approval');
    const checks = raciRowChecks(findings, DEFAULT_CONFIG);
    assert.deepEqual(checks.map((c) => c.ruleId), ['raci.one-accountable', 'raci.responsible', 'raci.backup', 'raci.consulted-limit', 'raci.everyone-owns-step', 'raci.informed-only']);
    assert.deepEqual(checks.filter((c) => !c.met).map((c) => c.ruleId), ['raci.one-accountable', 'raci.backup', 'raci.consulted-limit']);
    assert.equal(checks[0]!.title, 'Exactly one Accountable per step');
    const off = { ...DEFAULT_CONFIG, rules: { 'raci.consulted-limit': { enabled: false } } };
    assert.deepEqual(raciRowChecks(findings, off).map((c) => c.ruleId).includes('raci.consulted-limit'), false);
  });
});
