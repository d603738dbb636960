import { BlockerSchema, ChecklistItemSchema } from './schema.js';

/** The records people edit field by field in a form, by name. */
const RECORDS = { blocker: BlockerSchema, item: ChecklistItemSchema };

export type FormRecord = keyof typeof RECORDS;
export type RecordField<R extends FormRecord> = keyof (typeof RECORDS)[R]['shape'] & string;

/**
 * Why a value cannot be stored in one field of a record (the plan format's own message), or
 * undefined when it can. Every form checks a value with this before it reaches the plan.
 */
export function fieldProblem<R extends FormRecord>(record: R, field: RecordField<R>, value: unknown): string | undefined {
  const schema = (RECORDS[record].shape as Record<string, { safeParse(v: unknown): { success: boolean; error?: { issues: { code: string; message: string }[] } } }>)[field];
  if (!schema) return `is not a field of a ${record}`;
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error?.issues[0];
  // A too-short name is an empty one; say so in words rather than in lengths.
  return issue?.code === 'too_small' ? 'must not be empty' : (issue?.message ?? 'is not valid');
}
