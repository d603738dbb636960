import * as Y from 'yjs';
import { parsePlan } from '../plan/parse.js';
import type { Plan } from '../plan/schema.js';
import type { Problem } from '../problems/problem.js';
import { problemsFromIssues } from '../problems/zod-issues.js';
import { FIELD_MAPS, LOG_SCHEMA, META_FIELDS, NESTED_FIELDS, POSITION_KEY, RECORD_LIST_NAMES, RECORD_LISTS, type Json, type RecordList } from './shape.js';
import { isObject } from '../json/object.js';

/** A value as plain data: a Y type a rogue client wrote is read as its JSON, never trusted as it is. */
const plain = (value: unknown): unknown => (value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value);

/** The number a record is ordered by; a missing or foreign one sorts first, ties by id (the same on every replica). */
export function positionOf(record: Y.Map<unknown>): number {
  const pos = record.get(POSITION_KEY);
  return typeof pos === 'number' && Number.isFinite(pos) ? pos : -Infinity;
}

/** A list's records as [id, Y.Map] in display order. */
export function orderedRecords(doc: Y.Doc, list: RecordList): [string, Y.Map<unknown>][] {
  const out: [string, Y.Map<unknown>, number][] = [];
  doc.getMap(list).forEach((value, id) => {
    if (value instanceof Y.Map) out.push([id, value as Y.Map<unknown>, positionOf(value as Y.Map<unknown>)]);
  });
  out.sort((a, b) => a[2] - b[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return out.map(([id, map]) => [id, map]);
}

/** One record as plain data: `raci.responsible` folded back into `raci: { responsible }`, the order field left out. */
export function recordOf(list: RecordList, map: Y.Map<unknown>): Json {
  const nested = NESTED_FIELDS[list] ?? [];
  const record: Json = {};
  map.forEach((value, key) => {
    if (key === POSITION_KEY) return;
    const dot = key.indexOf('.');
    const parent = dot > 0 ? key.slice(0, dot) : undefined;
    if (parent !== undefined && nested.includes(parent)) {
      const inner = isObject(record[parent]) ? (record[parent] as Json) : (record[parent] = {});
      inner[key.slice(dot + 1)] = plain(value);
    } else record[key] = plain(value);
  });
  return record;
}

/** The whole document as a plain plan-shaped object, not validated. */
export function docToRaw(doc: Y.Doc): Json {
  const meta = doc.getMap('meta');
  const raw: Json = {};
  for (const field of META_FIELDS) if (meta.has(field)) raw[field] = plain(meta.get(field));
  for (const name of FIELD_MAPS) {
    const fields: Json = {};
    doc.getMap(name).forEach((value, key) => (fields[key] = plain(value)));
    raw[name] = fields;
  }
  // Two people adding the same column at once each insert it: the first one counts.
  raw.roles = [...new Set(doc.getArray('roles').toArray().map(plain))];
  for (const list of RECORD_LIST_NAMES) raw[list] = orderedRecords(doc, list).map(([, map]) => recordOf(list, map));
  const log = doc.getArray('log');
  if (log.length > 0 || meta.get('hasLog') === true) raw.log = log.toArray().map(plain);
  return raw;
}

/** True when nothing was ever written: a team plan not yet created. */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return !doc.getMap('meta').has('id');
}

export type DocRead =
  | { ok: true; plan: Plan; problems: Problem[] }
  | { ok: false; problems: Problem[] };

/**
 * Reads the document as a plan. Invalid records (which only a client that skipped validation can
 * write, and which the server reverts) are left out of the plan and named in `problems`, by path;
 * the rest is read with `parsePlan`. `ok: false` when what remains is not a plan.
 */
export function readDoc(doc: Y.Doc): DocRead {
  if (isEmptyDoc(doc)) return { ok: false, problems: [{ path: '(root)', code: 'empty', message: 'this team plan has not been created yet' }] };
  const raw = docToRaw(doc);
  const problems: Problem[] = [];
  for (const list of RECORD_LIST_NAMES) {
    const records = raw[list] as Json[];
    raw[list] = records.filter((record, index) => {
      const result = RECORD_LISTS[list].safeParse(record);
      if (!result.success) problems.push(...problemsFromIssues(result.error.issues, [list, index]));
      return result.success;
    });
  }
  if (Array.isArray(raw.log)) {
    raw.log = raw.log.filter((entry, index) => {
      const result = LOG_SCHEMA.safeParse(entry);
      if (!result.success) problems.push(...problemsFromIssues(result.error.issues, ['log', index]));
      return result.success;
    });
  }
  const parsed = parsePlan(raw, { freeze: true });
  return parsed.ok ? { ok: true, plan: parsed.value, problems } : { ok: false, problems: [...problems, ...parsed.problems] };
}
