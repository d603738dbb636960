import type * as Y from 'yjs';
import { parsePlan } from '../plan/parse.js';
import { PlanSchema, type Plan } from '../plan/schema.js';
import type { Problem } from '../problems/problem.js';
import { docToRaw, isEmptyDoc, readDoc } from './read.js';
import { LOG_SCHEMA, RECORD_LIST_NAMES, RECORD_LISTS, type Json } from './shape.js';
import { writePlan } from './write.js';

export type RepairResult =
  /** The document holds a valid plan (after the repair, when `repaired`). */
  | { ok: true; plan: Plan; repaired: boolean; problems: Problem[] }
  /** Never valid and nothing valid to go back to: the document was emptied. */
  | { ok: false; repaired: boolean; problems: Problem[] };

/**
 * The server's answer to a change that left the document invalid (only a client that skipped
 * validation can make one). Valid records stay as they are; an invalid record goes back to its
 * value in `lastValid`, or away when it never had a valid one; when the plan as a whole still
 * does not hold (a reference to a record that is gone), the whole of `lastValid` comes back.
 * Written in one transaction with `origin`, so every replica converges on the same valid plan.
 */
export function repairDoc(doc: Y.Doc, lastValid: Plan | undefined, origin: unknown): RepairResult {
  const read = readDoc(doc);
  if (read.ok && read.problems.length === 0) return { ok: true, plan: read.plan, repaired: false, problems: [] };
  if (isEmptyDoc(doc) && !lastValid) return { ok: false, repaired: false, problems: read.problems };
  const candidate = lastValid ? mendRecords(docToRaw(doc), lastValid) : read.ok ? read.plan : undefined;
  const target = candidate && parsePlan(candidate).ok ? candidate : lastValid;
  if (!target) {
    clearDoc(doc, origin);
    return { ok: false, repaired: true, problems: read.problems };
  }
  const written = writePlan(doc, target, origin);
  const after = readDoc(doc);
  if (!written.ok || !after.ok) return { ok: false, repaired: true, problems: read.problems };
  return { ok: true, plan: after.plan, repaired: true, problems: read.problems };
}

/** The raw document with its invalid parts taken from the last valid plan. */
function mendRecords(raw: Json, lastValid: Plan): Json {
  const valid = lastValid as unknown as Json;
  const shell: Json = { ...raw };
  for (const list of RECORD_LIST_NAMES) shell[list] = [];
  delete shell.log;
  const out: Json = PlanSchema.safeParse(shell).success ? { ...raw } : { ...valid };
  for (const list of RECORD_LIST_NAMES) {
    const before = new Map((valid[list] as Json[]).map((r) => [r.id, r]));
    out[list] = (raw[list] as Json[]).flatMap((record) => {
      if (RECORD_LISTS[list].safeParse(record).success) return [record];
      const previous = before.get(record.id);
      return previous ? [previous] : [];
    });
  }
  if (Array.isArray(raw.log)) out.log = raw.log.filter((entry) => LOG_SCHEMA.safeParse(entry).success);
  else if (lastValid.log) out.log = lastValid.log;
  return out;
}

function clearDoc(doc: Y.Doc, origin: unknown): void {
  doc.transact(() => {
    for (const name of ['meta', 'campaign', 'brief', ...RECORD_LIST_NAMES]) doc.getMap(name).clear();
    for (const name of ['roles', 'log']) {
      const array = doc.getArray(name);
      array.delete(0, array.length);
    }
  }, origin);
}
