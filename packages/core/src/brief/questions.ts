import type { Brief, Plan } from '../plan/schema.js';
import { soleAccountable } from '../rules/context.js';

export type BriefQuestionId = 'why' | 'who' | 'offer' | 'systems' | 'deadline' | 'success';

/** The brief's fields that answer its questions (key results only detail the OKR). */
export type BriefAnswerField = Exclude<keyof Brief, 'keyResults'>;

export interface BriefQuestion {
  id: BriefQuestionId;
  label: string;
  /** The brief fields that together answer it. */
  fields: readonly BriefAnswerField[];
}

/** Each answer field as people name it, on every screen and in every message. */
export const BRIEF_FIELD_TITLES: Readonly<Record<BriefAnswerField, string>> = {
  objective: 'Objective',
  okr: 'OKR',
  audience: 'Audience',
  offer: 'Offer',
  systems: 'Systems',
  deadline: 'Deadline',
  successMetric: 'Success metric',
  successTarget: 'Success target',
};

/** The six questions every brief answers. */
export const BRIEF_QUESTIONS: readonly BriefQuestion[] = [
  { id: 'why', label: 'Why: the objective, linked to an OKR', fields: ['objective', 'okr'] },
  { id: 'who', label: 'Who: the audience', fields: ['audience'] },
  { id: 'offer', label: 'What offer', fields: ['offer'] },
  { id: 'systems', label: 'Which systems are involved', fields: ['systems'] },
  { id: 'deadline', label: 'The deadline', fields: ['deadline'] },
  { id: 'success', label: 'How success is measured: metric and target', fields: ['successMetric', 'successTarget'] },
];

const answered = (value: Brief[BriefAnswerField]): boolean =>
  Array.isArray(value) ? value.some((v) => v.trim() !== '') : typeof value === 'string' && value.trim() !== '';

/** The questions the brief leaves unanswered (a blank answer is no answer). */
export function missingBriefAnswers(brief: Brief): BriefQuestion[] {
  return BRIEF_QUESTIONS.filter((q) => !q.fields.every((f) => answered(brief[f])));
}

/** The fields `brief.complete` still needs filled in, in the questions' order (a blank one counts). */
export function missingBriefFields(brief: Brief): BriefAnswerField[] {
  return BRIEF_QUESTIONS.flatMap((q) => q.fields.filter((f) => !answered(brief[f])));
}

/** The brief belongs to the Accountable of the first strategy step, else the campaign owner. */
export function briefOwner(plan: Plan): string | undefined {
  return soleAccountable(plan.steps.find((s) => s.layer === 'strategy')) ?? plan.campaign.owner;
}
