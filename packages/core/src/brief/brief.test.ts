import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { ruleContext } from '../rules/context.js';
import { ruleById } from '../rules/catalog.js';
import { makePlan } from '../testing/factories.js';
import { parsePlan } from '../plan/parse.js';
import { BRIEF_FIELD_TITLES, BRIEF_QUESTIONS, missingBriefAnswers, missingBriefFields } from './questions.js';

const NOW = '2026-08-28T12:00:00Z';
const run = (plan = makePlan()) => ruleById('brief.complete')!.check(ruleContext(plan, NOW, DEFAULT_CONFIG));

describe('the six-question brief', () => {
  it('each of the six questions is unanswered exactly when one of its fields is blank, whatever the others hold', () => {
    const complete = makePlan().brief;
    const blank = (value: unknown) => (Array.isArray(value) ? ['  '] : '  ');
    for (const question of BRIEF_QUESTIONS) {
      for (const field of question.fields) {
        const brief = { ...complete, [field]: blank(complete[field]) };
        assert.deepEqual(missingBriefAnswers(brief).map((q) => q.id), [question.id], `${question.id} without ${field}`);
      }
    }
    const empty = Object.fromEntries(Object.entries(complete).map(([k, v]) => [k, blank(v)])) as typeof complete;
    assert.equal(missingBriefAnswers(empty).length, 6, 'a blank brief leaves all six unanswered');
  });

  it('a complete brief raises nothing', () => {
    assert.deepEqual(missingBriefAnswers(makePlan().brief), []);
    assert.deepEqual(run(), []);
  });

  it('reports every unanswered question in one blocking finding owned by the brief step’s Accountable', () => {
    const plan = makePlan();
    plan.brief = { ...plan.brief, audience: undefined, successTarget: '' };
    assert.deepEqual(run(plan), [
      {
        target: { kind: 'brief', id: 'plan-1' },
        message: 'The brief does not answer: who, how success is measured.',
        fix: 'Fill in Audience, Success target before sprint planning.',
        owner: 'Demand gen lead',
      },
    ]);
  });

  it('treats an objective without an OKR, blank text and an empty system list as unanswered', () => {
    const plan = makePlan();
    plan.brief = { ...plan.brief, okr: undefined, offer: '   ', systems: [] };
    assert.deepEqual(missingBriefAnswers(plan.brief).map((q) => q.id), ['why', 'offer', 'systems']);
  });

  it('falls back to the campaign owner when no strategy step has one Accountable', () => {
    const plan = makePlan({ brief: {}, steps: [] });
    assert.equal(run(plan)[0]!.owner, 'Campaign manager');
  });

  it('names the fields still to fill in as the screen names them, in the questions’ order, blank ones included', () => {
    const plan = makePlan();
    plan.brief = { ...plan.brief, successMetric: undefined, okr: ' ', systems: [] };
    assert.deepEqual(missingBriefFields(plan.brief), ['okr', 'systems', 'successMetric']);
    assert.deepEqual(missingBriefFields(plan.brief).map((f) => BRIEF_FIELD_TITLES[f]), ['OKR', 'Systems', 'Success metric']);
    assert.deepEqual(missingBriefFields(makePlan().brief), []);
    assert.equal(missingBriefFields({}).length, Object.keys(BRIEF_FIELD_TITLES).length, 'every answer field of an empty brief');
  });

  it('key results detail the OKR but answer no question by themselves', () => {
    const plan = makePlan();
    plan.brief = { ...plan.brief, okr: undefined, keyResults: [{ id: 'kr-1', name: 'Registrations', target: 500 }] };
    assert.deepEqual(missingBriefFields(plan.brief), ['okr']);
  });

  it('refuses key results that share an id, by path, since each is edited and removed by its id', () => {
    const plan = makePlan();
    plan.brief = { ...plan.brief, keyResults: [{ id: 'kr-1', name: 'Registrations', target: 500 }, { id: 'kr-1', name: 'SQLs', target: 60, current: 12 }] };
    const result = parsePlan(JSON.parse(JSON.stringify(plan)));
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.problems.map((p) => [p.path, p.message]), [['brief.keyResults[1].id', '"kr-1" is already used by brief.keyResults[0]']]);
    plan.brief.keyResults![1]!.id = 'kr-2';
    assert.equal(parsePlan(JSON.parse(JSON.stringify(plan))).ok, true);
  });
});
