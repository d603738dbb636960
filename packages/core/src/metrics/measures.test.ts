import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { measuresProblems, measuresValues, type MeasuresInput } from './measures.js';

const empty: MeasuresInput = { confidence: '', reportsChecked: '', defects: '', planned: '', delivered: '' };

describe('measures typed by hand', () => {
  it('are all optional, and read as numbers', () => {
    assert.deepEqual(measuresProblems(empty), {});
    assert.deepEqual(measuresValues(empty), {});
    const typed = { confidence: '92.5', reportsChecked: '1,200', defects: '3', planned: '4', delivered: '4' };
    assert.deepEqual(measuresProblems(typed), {});
    assert.deepEqual(measuresValues(typed), { confidence: 92.5, reportsChecked: 1200, defects: 3, planned: 4, delivered: 4 });
  });

  it('name each figure the plan format refuses', () => {
    const problems = measuresProblems({ confidence: '120', reportsChecked: 'many', defects: '-1', planned: '2.5', delivered: '1' });
    assert.deepEqual(Object.keys(problems), ['confidence', 'reportsChecked', 'defects', 'planned']);
    assert.match(problems.reportsChecked!, /number/);
  });

  it('keep defects within the reports checked and programs delivered within those planned', () => {
    assert.deepEqual(measuresProblems({ ...empty, reportsChecked: '10', defects: '11' }), { defects: 'cannot be more than the reports checked' });
    assert.deepEqual(measuresProblems({ ...empty, planned: '3', delivered: '4' }), { delivered: 'cannot be more than the programs planned' });
  });

  it('need both programs figures or neither', () => {
    assert.deepEqual(measuresProblems({ ...empty, planned: '3' }), { delivered: 'set how many were delivered, or clear programs planned' });
    assert.deepEqual(measuresProblems({ ...empty, delivered: '3' }), { planned: 'set how many were planned, or clear programs delivered' });
  });
});
