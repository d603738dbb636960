/**
 * Pure edits of a plan's campaign and brief. Each returns a new plan that shares what it leaves
 * untouched. They rearrange data; checking values is the core's job (`fieldProblem`).
 */
import type { BriefAnswerField, Campaign, KeyResult, LifecycleState, Plan } from '@preflight/core';

export type CampaignField = 'name' | 'type' | 'owner' | 'launchDate';
export type KeyResultField = 'name' | 'target' | 'current';

/** Sets one field of an object; `undefined` removes it. */
function withField<T extends object, K extends keyof T>(record: T, field: K, value: T[K] | undefined): T {
  const { [field]: _old, ...rest } = record;
  return (value === undefined ? rest : { ...rest, [field]: value }) as T;
}

export const setCampaignField = (plan: Plan, field: CampaignField, value: string | undefined): Plan => ({
  ...plan,
  campaign: withField(plan.campaign, field, value as Campaign[CampaignField]),
});

export const setState = (plan: Plan, state: LifecycleState): Plan => ({ ...plan, campaign: { ...plan.campaign, state } });

export const setBriefField = (plan: Plan, field: BriefAnswerField, value: unknown): Plan => ({
  ...plan,
  brief: withField(plan.brief, field, value as Plan['brief'][BriefAnswerField]),
});

const keyResultsOf = (plan: Plan): KeyResult[] => plan.brief.keyResults ?? [];
const withKeyResults = (plan: Plan, keyResults: KeyResult[]): Plan => ({ ...plan, brief: withField(plan.brief, 'keyResults', keyResults.length ? keyResults : undefined) });

export const setKeyResultField = (plan: Plan, id: string, field: KeyResultField, value: string | number | undefined): Plan =>
  withKeyResults(
    plan,
    keyResultsOf(plan).map((kr) => (kr.id === id ? withField(kr, field, value as KeyResult[KeyResultField]) : kr)),
  );

/** Inserts a key result at `index` (the end when out of range). */
export function insertKeyResult(plan: Plan, keyResult: KeyResult, index = keyResultsOf(plan).length): Plan {
  const list = [...keyResultsOf(plan)];
  list.splice(Math.max(0, Math.min(index, list.length)), 0, keyResult);
  return withKeyResults(plan, list);
}

export const removeKeyResult = (plan: Plan, id: string): Plan => withKeyResults(plan, keyResultsOf(plan).filter((kr) => kr.id !== id));

/** The next free id of the form `kr-N`. */
export function newKeyResultId(plan: Plan): string {
  const list = keyResultsOf(plan);
  const taken = new Set(list.map((kr) => kr.id));
  let n = list.length + 1;
  while (taken.has(`kr-${n}`)) n++;
  return `kr-${n}`;
}
