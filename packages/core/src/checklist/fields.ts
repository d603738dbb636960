import { ChecklistItemSchema } from '../plan/schema.js';
import { SafeUrl } from '../plan/primitives.js';

/** True when a URL may become a link: https, or mailto for a person (the plan format's own rule). */
export const isSafeLink = (url: string | undefined): boolean => url !== undefined && SafeUrl.safeParse(url).success;

/** The fields of a checklist item that people edit in place. */
export type EditableItemField = 'label' | 'owner' | 'due' | 'evidence';

/**
 * Why a value cannot be stored in a checklist item's field (the plan format's message),
 * or undefined when it can. Editors check a value with this before it reaches the plan.
 */
export function itemFieldProblem(field: EditableItemField, value: string): string | undefined {
  const result = ChecklistItemSchema.shape[field].safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  // A too-short name is an empty one; say so in words rather than in lengths.
  return issue?.code === 'too_small' ? 'must not be empty' : (issue?.message ?? 'is not valid');
}
