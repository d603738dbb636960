import { ApprovalSchema, BlockerSchema, BriefSchema, CampaignSchema, ChecklistItemSchema, CorrectiveActionSchema, KeyResultSchema, LogEntrySchema, MilestoneSchema, PlanPersonSchema, ProgramsSchema, ReportingSchema, StepSchema } from './schema.js';

/** The records people edit field by field in a form, by name. */
const RECORDS = { blocker: BlockerSchema, item: ChecklistItemSchema, brief: BriefSchema, campaign: CampaignSchema, keyResult: KeyResultSchema, step: StepSchema, milestone: MilestoneSchema, approval: ApprovalSchema, log: LogEntrySchema, action: CorrectiveActionSchema, reporting: ReportingSchema, programs: ProgramsSchema, person: PlanPersonSchema };

export type FormRecord = keyof typeof RECORDS;
export type RecordField<R extends FormRecord> = keyof (typeof RECORDS)[R]['shape'] & string;

interface Issue {
  code: string;
  message: string;
  path?: PropertyKey[];
  origin?: string;
  expected?: string;
  inclusive?: boolean;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
}
interface FieldSchema {
  safeParse(v: unknown): { success: boolean; error?: { issues: Issue[] } };
}

/** An issue in words: the plan format's own message, or one for the checks that carry none. */
function describe(issue: Issue | undefined, value: unknown): string {
  switch (issue?.code) {
    // A number out of range says its bound; a too-short name is an empty one, said in words rather than lengths.
    case 'too_small':
      if (issue.origin === 'number') return issue.inclusive === false ? `must be above ${String(issue.minimum)}` : `must be at least ${String(issue.minimum)}`;
      return 'must not be empty';
    case 'too_big':
      if (issue.origin === 'number') return issue.inclusive === false ? `must be below ${String(issue.maximum)}` : `must be at most ${String(issue.maximum)}`;
      return `must be at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map(String).join(', ')}`;
    case 'invalid_type':
      if (value === undefined) return 'must not be empty';
      if (typeof value === 'number') return issue.expected === 'int' && Number.isFinite(value) ? 'must be a whole number' : 'must be a number, e.g. 500';
      return issue.message;
    default:
      return issue?.message ?? 'is not valid';
  }
}

const fieldSchema = (record: FormRecord, field: string): FieldSchema | undefined => (RECORDS[record].shape as Record<string, FieldSchema>)[field];

/** Fields a form types as text but the plan keeps as something else. */
type TextForm = 'number' | 'lines';
const TEXT_FORMS: Partial<Record<FormRecord, Record<string, TextForm>>> = {
  brief: { systems: 'lines' },
  keyResult: { target: 'number', current: 'number' },
  reporting: { confidence: 'number', reportsChecked: 'number', defects: 'number' },
  programs: { planned: 'number', delivered: 'number' },
};

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The value a field holds for what was typed into its control: a number for a number field
 * (NaN when the text is not one, which the field then refuses), one entry per non-blank line for a
 * list, the text itself otherwise. Blank text is no value.
 */
export function fieldFromText<R extends FormRecord>(record: R, field: RecordField<R>, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  switch (TEXT_FORMS[record]?.[field]) {
    case 'number':
      // Thousands separators are how people type targets ("12,000"); anything else not a number is NaN.
      return NUMBER_TEXT.test(trimmed.replace(/,(?=\d{3}\b)/g, '')) ? Number(trimmed.replace(/,/g, '')) : Number.NaN;
    case 'lines':
      return trimmed.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    default:
      return trimmed;
  }
}

/**
 * Why a value cannot be stored in one field of a record (the plan format's own message), or
 * undefined when it can. Every form checks a value with this before it reaches the plan; text typed
 * into a number or a list field is read as `fieldFromText` reads it.
 */
export function fieldProblem<R extends FormRecord>(record: R, field: RecordField<R>, value: unknown): string | undefined {
  const schema = fieldSchema(record, field);
  if (!schema) return `is not a field of a ${record}`;
  const stored = typeof value === 'string' && TEXT_FORMS[record]?.[field] ? fieldFromText(record, field, value) : value;
  const result = schema.safeParse(stored);
  if (result.success) return undefined;
  const issue = result.error?.issues[0];
  const message = describe(issue, stored);
  // In a list, say which line.
  const index = issue?.path?.[0];
  return typeof index === 'number' ? `line ${index + 1} ${message}` : message;
}
