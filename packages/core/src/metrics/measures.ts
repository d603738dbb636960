import { fieldFromText, fieldProblem } from '../plan/fields.js';

/** The figures a team records by hand, as typed: reporting confidence, reports checked, defects found, programs planned and delivered. Empty strings are unset. */
export interface MeasuresInput {
  confidence: string;
  reportsChecked: string;
  defects: string;
  planned: string;
  delivered: string;
}

/** The same figures read as numbers; an empty field is unset. */
export type MeasuresValues = { [K in keyof MeasuresInput]?: number };

const WHERE = { confidence: 'reporting', reportsChecked: 'reporting', defects: 'reporting', planned: 'programs', delivered: 'programs' } as const;

/**
 * Why the figures cannot be stored, by field; empty when they can. Each is checked by the plan format
 * (confidence 0–100, counts whole and not negative); defects are among the reports checked; programs
 * need both figures, and no more are delivered than planned.
 */
export function measuresProblems(input: MeasuresInput): Partial<Record<keyof MeasuresInput, string>> {
  const problems: Partial<Record<keyof MeasuresInput, string>> = {};
  for (const [field, record] of Object.entries(WHERE) as [keyof MeasuresInput, (typeof WHERE)[keyof MeasuresInput]][]) {
    const text = input[field];
    const problem = text ? (record === 'reporting' ? fieldProblem('reporting', field as 'confidence', text) : fieldProblem('programs', field as 'planned', text)) : undefined;
    if (problem) problems[field] = problem;
  }
  const v = measuresValues(input);
  if (!problems.defects && v.defects !== undefined && v.reportsChecked !== undefined && v.defects > v.reportsChecked) problems.defects = 'cannot be more than the reports checked';
  if (!problems.planned && !problems.delivered) {
    if (input.planned && !input.delivered) problems.delivered = 'set how many were delivered, or clear programs planned';
    else if (input.delivered && !input.planned) problems.planned = 'set how many were planned, or clear programs delivered';
    else if (v.planned !== undefined && v.delivered !== undefined && v.delivered > v.planned) problems.delivered = 'cannot be more than the programs planned';
  }
  return problems;
}

/** The figures as numbers, once `measuresProblems` finds nothing wrong. */
export function measuresValues(input: MeasuresInput): MeasuresValues {
  const values: MeasuresValues = {};
  for (const [field, record] of Object.entries(WHERE) as [keyof MeasuresInput, (typeof WHERE)[keyof MeasuresInput]][]) {
    const value = record === 'reporting' ? fieldFromText('reporting', field as 'confidence', input[field]) : fieldFromText('programs', field as 'planned', input[field]);
    if (typeof value === 'number' && Number.isFinite(value)) values[field] = value;
  }
  return values;
}
