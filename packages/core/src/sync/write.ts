import * as Y from 'yjs';
import { sameData } from '../plan/known-valid.js';
import { parsePlan } from '../plan/parse.js';
import type { Plan } from '../plan/schema.js';
import type { Problem } from '../problems/problem.js';
import { orderedRecords, positionOf, recordOf } from './read.js';
import { FIELD_MAPS, META_FIELDS, NESTED_FIELDS, POSITION_KEY, RECORD_LIST_NAMES, type Json, type RecordList } from './shape.js';
import { isObject } from '../json/object.js';
import { placeInOrder } from './positions.js';

export type WriteResult = { ok: true; changed: boolean } | { ok: false; problems: Problem[] };

/**
 * Makes the document hold `plan`, writing only what differs, in one transaction with `origin`.
 * The plan is validated with `parsePlan` first: an invalid plan writes nothing and its problems are
 * returned (a throw inside a Yjs transaction would not roll back what was already written).
 */
export function writePlan(doc: Y.Doc, plan: unknown, origin: unknown = null): WriteResult {
  const parsed = parsePlan(plan, { freeze: true });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  let changed = false;
  const mark = () => (changed = true);
  doc.transact(() => writeValid(doc, parsed.value, mark), origin);
  return { ok: true, changed };
}

/** Writes a plan already known to be valid (the server's repair, which validated it itself). */
function writeValid(doc: Y.Doc, plan: Plan, mark: () => void): void {
  const source = plan as unknown as Json;
  const meta = doc.getMap('meta');
  for (const field of META_FIELDS) setField(meta, field, source[field], mark);
  setField(meta, 'hasLog', plan.log !== undefined ? true : undefined, mark);
  for (const name of FIELD_MAPS) writeFields(doc.getMap(name), (source[name] ?? {}) as Json, mark);
  writeRoles(doc.getArray<string>('roles'), plan.roles, mark);
  for (const list of RECORD_LIST_NAMES) writeList(doc, list, source[list] as Json[], mark);
  writeLog(doc.getArray('log'), plan.log ?? [], mark);
}

function setField(map: Y.Map<unknown>, key: string, value: unknown, mark: () => void): void {
  if (value === undefined) {
    if (map.has(key)) {
      map.delete(key);
      mark();
    }
    return;
  }
  const current = map.get(key);
  if (current instanceof Y.AbstractType || !map.has(key) || !sameData(current, value)) {
    map.set(key, value);
    mark();
  }
}

/** Sets the fields that differ and removes the ones `fields` lacks (the order field aside). */
function writeFields(map: Y.Map<unknown>, fields: Json, mark: () => void): void {
  for (const key of [...map.keys()]) if (key !== POSITION_KEY && !Object.hasOwn(fields, key)) {
    map.delete(key);
    mark();
  }
  for (const [key, value] of Object.entries(fields)) setField(map, key, value, mark);
}

/** A record's fields as the document keeps them: nested objects flattened one level (`raci.responsible`). */
function flatten(list: RecordList, record: Json): Json {
  const nested = NESTED_FIELDS[list] ?? [];
  const out: Json = {};
  for (const [key, value] of Object.entries(record)) {
    if (nested.includes(key) && isObject(value)) for (const [inner, v] of Object.entries(value)) out[`${key}.${inner}`] = v;
    else out[key] = value;
  }
  return out;
}

function writeList(doc: Y.Doc, list: RecordList, records: Json[], mark: () => void): void {
  const map = doc.getMap<Y.Map<unknown>>(list);
  const wanted = new Set(records.map((r) => r.id as string));
  for (const id of [...map.keys()]) if (!wanted.has(id)) {
    map.delete(id);
    mark();
  }
  const existing = new Map(orderedRecords(doc, list));
  const positions = placeInOrder(records.map((r) => {
    const current = existing.get(r.id as string);
    return current ? positionOf(current) : undefined;
  }));
  records.forEach((record, index) => {
    const id = record.id as string;
    const fields = flatten(list, record);
    const position = positions[index]!;
    let target = existing.get(id);
    if (!target) {
      target = new Y.Map<unknown>();
      map.set(id, target);
      mark();
    } else if (sameData(recordOf(list, target), record) && positionOf(target) === position) return;
    writeFields(target, fields, mark);
    setField(target, POSITION_KEY, position, mark);
  });
}

/** Keeps the common start and end of the list and replaces what lies between. */
function writeRoles(roles: Y.Array<string>, next: readonly string[], mark: () => void): void {
  const current = roles.toArray();
  if (current.length === next.length && current.every((r, i) => r === next[i])) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  roles.delete(start, current.length - start - end);
  roles.insert(start, next.slice(start, next.length - end));
  mark();
}

/** The log only grows in normal use: append what is new; rewrite from the first entry that differs. */
function writeLog(log: Y.Array<unknown>, next: readonly unknown[], mark: () => void): void {
  const current = log.toArray();
  let same = 0;
  while (same < current.length && same < next.length && sameData(current[same], next[same])) same++;
  if (same === current.length && same === next.length) return;
  if (same < current.length) log.delete(same, current.length - same);
  if (same < next.length) log.insert(same, next.slice(same));
  mark();
}

