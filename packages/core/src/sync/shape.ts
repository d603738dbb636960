import type * as z from 'zod/mini';
import { ApprovalSchema, BlockerSchema, ChecklistItemSchema, LogEntrySchema, MilestoneSchema, StepSchema } from '../plan/schema.js';

/**
 * How a plan lives in a Y.Doc. Records are keyed by id (never by array position), so concurrent
 * edits of one record merge field by field and a deleted record is never confused with its
 * neighbour; their order is a number field, `_pos`, so a move is one field write.
 *
 *   meta        Y.Map   schemaVersion, id, revision, reporting, programs, standardGates, correctiveActions, people (whole values)
 *   campaign    Y.Map   one entry per field
 *   brief       Y.Map   one entry per field
 *   roles       Y.Array<string>            RACI columns; duplicates from concurrent adds are dropped on read
 *   steps … approvals  Y.Map<id, Y.Map>   one entry per field, nested objects one level down as `raci.responsible`
 *   log         Y.Array<entry>             append-only
 */
export const RECORD_LISTS = {
  steps: StepSchema,
  blockers: BlockerSchema,
  checklist: ChecklistItemSchema,
  milestones: MilestoneSchema,
  approvals: ApprovalSchema,
} as const satisfies Record<string, z.ZodMiniType>;

export type RecordList = keyof typeof RECORD_LISTS;
export const RECORD_LIST_NAMES = Object.keys(RECORD_LISTS) as RecordList[];

/** Plan fields kept whole in `meta`. */
export const META_FIELDS = ['schemaVersion', 'id', 'revision', 'reporting', 'programs', 'standardGates', 'correctiveActions', 'people'] as const;
/** Plan objects kept field by field in a map of their own. */
export const FIELD_MAPS = ['campaign', 'brief'] as const;

/** Record fields whose own fields merge one by one (two people editing different RACI letters of a step). */
export const NESTED_FIELDS: Partial<Record<RecordList, readonly string[]>> = { steps: ['raci'] };

export const POSITION_KEY = '_pos';
export const LOG_SCHEMA = LogEntrySchema;

export type { JsonObject as Json } from '../json/object.js';
