import type { LogEntry, Plan } from '../plan/schema.js';
import { REVIEW_STEP_ID, reviewStep } from './definitions.js';

/** What a learnings entry's summary starts with, so the log and the agenda say what it is. */
export const LEARNINGS_PREFIX = 'Learnings: ';
/** The most a log entry's summary holds (2000), less the prefix. */
export const LEARNINGS_MAX = 2000 - LEARNINGS_PREFIX.length;

export interface LearningsInput {
  /** What the campaign taught the team, as written. */
  text: string;
  /** The instant it is recorded (passed in: the core never reads the clock). */
  at: string;
  /** The role recording it; left out when nobody is named. */
  by?: string | undefined;
}

/** Why `text` cannot be recorded as the learnings (empty, or longer than a log entry holds), or undefined. */
export function learningsProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return 'write what the campaign taught the team';
  return trimmed.length > LEARNINGS_MAX ? `must be at most ${LEARNINGS_MAX} characters (${trimmed.length} written)` : undefined;
}

/**
 * The plan with the post-launch review's learnings in its log: an entry about the review step (about
 * the campaign when the plan has no review step), at `at`, by `by`. This is what the definition of
 * `completed` reads. Check the text with `learningsProblem` first; a refused one is a programming error.
 */
export function recordLearnings(plan: Plan, input: LearningsInput): Plan {
  const problem = learningsProblem(input.text);
  if (problem) throw new TypeError(`Invalid learnings: ${problem}`);
  const step = reviewStep(plan);
  const entry: LogEntry = {
    at: input.at,
    ...(input.by ? { by: input.by } : {}),
    summary: LEARNINGS_PREFIX + input.text.trim(),
    target: step ? { kind: 'step', id: REVIEW_STEP_ID } : { kind: 'campaign', id: plan.id },
  };
  return { ...plan, log: [...(plan.log ?? []), entry] };
}

/** The learnings recorded so far, oldest first: the log's entries about the review step, and the ones written as learnings. */
export function recordedLearnings(plan: Plan): LogEntry[] {
  return (plan.log ?? []).filter((e) => (e.target?.kind === 'step' && e.target.id === REVIEW_STEP_ID) || e.summary.startsWith(LEARNINGS_PREFIX));
}
