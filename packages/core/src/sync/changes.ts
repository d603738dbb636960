import { sameData } from '../plan/known-valid.js';
import type { Plan } from '../plan/schema.js';
import { FIELD_MAPS, RECORD_LIST_NAMES, type Json, type RecordList } from './shape.js';

/** One changed part of a plan, for a change history a person reads. */
export interface PlanChangeEntry {
  /** `campaign`, `brief`, `roles`, a list name, or `plan` for a plan created or replaced whole. */
  section: string;
  /** The record's id, for a record of a list. */
  id?: string;
  /** The record's name as the screen shows it (title, label, name), when it has one. */
  name?: string;
  action: 'added' | 'removed' | 'changed';
  /** The fields that changed. */
  fields?: string[];
}

const nameOf = (record: Json): string | undefined =>
  [record.title, record.label, record.name, record.kind].find((v): v is string => typeof v === 'string');

/** What differs between two versions of a plan, record by record and field by field. */
export function describeChanges(before: Plan | undefined, after: Plan): PlanChangeEntry[] {
  if (!before) return [{ section: 'plan', action: 'added' }];
  const a = before as unknown as Json;
  const b = after as unknown as Json;
  const out: PlanChangeEntry[] = [];
  for (const section of FIELD_MAPS) {
    const fields = changedFields(a[section] as Json, b[section] as Json);
    if (fields.length) out.push({ section, action: 'changed', fields });
  }
  if (!sameData(before.roles, after.roles)) out.push({ section: 'roles', action: 'changed' });
  for (const list of RECORD_LIST_NAMES) out.push(...listChanges(list, a[list] as Json[], b[list] as Json[]));
  const added = (after.log?.length ?? 0) - (before.log?.length ?? 0);
  if (added > 0) out.push({ section: 'log', action: 'added', fields: [`${added} entr${added === 1 ? 'y' : 'ies'}`] });
  for (const key of ['reporting', 'programs', 'people'] as const) if (!sameData(before[key], after[key])) out.push({ section: key, action: 'changed' });
  return out;
}

function changedFields(a: Json = {}, b: Json = {}): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !sameData(a[k], b[k])).sort();
}

function listChanges(list: RecordList, before: Json[], after: Json[]): PlanChangeEntry[] {
  const old = new Map(before.map((r) => [r.id as string, r]));
  const out: PlanChangeEntry[] = [];
  for (const record of after) {
    const id = record.id as string;
    const previous = old.get(id);
    old.delete(id);
    if (!previous) out.push({ section: list, id, name: nameOf(record), action: 'added' });
    else if (previous !== record && !sameData(previous, record)) out.push({ section: list, id, name: nameOf(record), action: 'changed', fields: changedFields(previous, record) });
  }
  for (const [id, record] of old) out.push({ section: list, id, name: nameOf(record), action: 'removed' });
  return out;
}

/** `successMetric` → “success metric”, `raci.responsible` → “raci responsible”. */
export const fieldWords = (field: string): string => field.replace(/\./g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** A value in one line: lists joined, objects as their fields, blanks named. */
export function valueWords(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'empty';
  if (Array.isArray(value)) return value.length ? value.map(valueWords).join(', ') : 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') {
    return Object.entries(value as Json)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${fieldWords(k)}: ${valueWords(v)}`)
      .join('; ');
  }
  return String(value);
}
