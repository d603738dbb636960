/**
 * An imported plan that differs from the saved one: what differs, field by field, and the three
 * ways to settle it — keep the saved plan, take the file's (the saved one set aside as a copy), or
 * take both where records don't collide. Nothing is lost whichever is chosen.
 */
import { sameData } from '../plan/known-valid.js';
import { copyJson } from './copy.js';
import { parsePlan } from '../plan/parse.js';
import { copyPlan } from '../plan/copy.js';
import type { Plan } from '../plan/schema.js';
import type { Problem } from '../problems/problem.js';
import { describeChanges, fieldWords, valueWords } from '../sync/changes.js';
import { FIELD_MAPS, RECORD_LIST_NAMES, type Json } from '../sync/shape.js';

export type ImportChoice = 'keep' | 'theirs' | 'both';

/** One difference between the saved plan and the file's, as a person reads it. */
export interface ImportDifference {
  /** `campaign`, `brief`, `roles`, a record list (`steps`, `blockers`…), `log`… */
  section: string;
  /** The record's id, for a record of a list. */
  id?: string;
  /** Where, in words: “Campaign · name”, “Blocker “Copy late” · owner”, “Step “Brief” (only in the file)”. */
  where: string;
  /** The saved value, in one line (“not there” for a record only in the file). */
  saved: string;
  /** The file's value, in one line. */
  incoming: string;
}

const SECTION_NOUNS: Record<string, string> = {
  campaign: 'Campaign',
  brief: 'Brief',
  roles: 'Roles',
  steps: 'Step',
  blockers: 'Blocker',
  checklist: 'Checklist item',
  milestones: 'Milestone',
  approvals: 'Approval',
  correctiveActions: 'Corrective action',
  standardGates: 'Standard gates',
  people: 'Who holds each role',
  reporting: 'Reporting',
  programs: 'Programs',
  log: 'Log',
};

const recordsOf = (plan: Plan, list: string): Json[] => ((plan as unknown as Json)[list] as Json[] | undefined) ?? [];
const byId = (records: Json[]): Map<string, Json> => new Map(records.map((r) => [r.id as string, r]));

/** Every difference between the saved plan and the file's, record by record and field by field. */
export function importDifferences(saved: Plan, incoming: Plan): ImportDifference[] {
  const out: ImportDifference[] = [];
  const a = saved as unknown as Json;
  const b = incoming as unknown as Json;
  for (const entry of describeChanges(saved, incoming)) {
    const noun = SECTION_NOUNS[entry.section] ?? entry.section;
    const named = entry.name ? `${noun} “${entry.name}”` : noun;
    if (entry.id !== undefined) {
      const before = byId(recordsOf(saved, entry.section)).get(entry.id);
      const after = byId(recordsOf(incoming, entry.section)).get(entry.id);
      if (entry.action === 'added') out.push({ section: entry.section, id: entry.id, where: `${named} (only in the file)`, saved: 'not there', incoming: valueWords(after) });
      else if (entry.action === 'removed') out.push({ section: entry.section, id: entry.id, where: `${named} (only saved)`, saved: valueWords(before), incoming: 'not there' });
      else for (const field of entry.fields ?? []) out.push({ section: entry.section, id: entry.id, where: `${named} · ${fieldWords(field)}`, saved: valueWords(before?.[field]), incoming: valueWords(after?.[field]) });
    } else if (entry.fields && (FIELD_MAPS as readonly string[]).includes(entry.section)) {
      for (const field of entry.fields) {
        out.push({ section: entry.section, where: `${noun} · ${fieldWords(field)}`, saved: valueWords((a[entry.section] as Json)[field]), incoming: valueWords((b[entry.section] as Json)[field]) });
      }
    } else if (entry.section === 'log') {
      out.push({ section: 'log', where: noun, saved: `${saved.log?.length ?? 0} entries`, incoming: `${incoming.log?.length ?? 0} entries` });
    } else {
      out.push({ section: entry.section, where: noun, saved: valueWords(a[entry.section]), incoming: valueWords(b[entry.section]) });
    }
  }
  // Whole values describeChanges does not look at.
  for (const key of ['standardGates', 'correctiveActions'] as const) {
    if (!sameData(saved[key], incoming[key])) out.push({ section: key, where: SECTION_NOUNS[key]!, saved: valueWords(saved[key]), incoming: valueWords(incoming[key]) });
  }
  return out;
}

export interface MergeResult {
  /** The saved plan with everything of the file's that does not collide with it; set when valid. */
  plan?: Plan;
  /** What the file has that the saved plan has too, differently: the saved value is kept. */
  kept: ImportDifference[];
  /** Records and fields the file adds. */
  added: number;
  /** Why the merged plan is not valid (then nothing can be merged). */
  problems: Problem[];
}

const isBlank = (v: unknown): boolean => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function unionBy<T>(saved: readonly T[] | undefined, incoming: readonly T[] | undefined, key: (t: T) => string): { list: T[]; added: number } {
  const list = [...(saved ?? [])];
  const seen = new Set(list.map(key));
  let added = 0;
  for (const item of incoming ?? []) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    list.push(item);
    added++;
  }
  return { list, added };
}

/**
 * Take both: the saved plan, plus every record only the file has, every field the saved plan
 * leaves blank and the file fills, roles, standard gates and log entries the file adds. Where
 * both hold a record or a field with different content, the saved one stays (listed in `kept`).
 */
export function mergePlans(saved: Plan, incoming: Plan): MergeResult {
  const next = copyJson(saved) as unknown as Json;
  const src = incoming as unknown as Json;
  let added = 0;
  for (const section of FIELD_MAPS) {
    const target = next[section] as Json;
    for (const [field, value] of Object.entries(src[section] as Json)) {
      if (isBlank(target[field]) && !isBlank(value)) {
        target[field] = copyJson(value);
        added++;
      }
    }
  }
  for (const list of [...RECORD_LIST_NAMES, 'correctiveActions'] as const) {
    const merged = unionBy(recordsOf(saved, list), recordsOf(incoming, list), (r) => r.id as string);
    if (merged.added || next[list] !== undefined) next[list] = copyJson(merged.list);
    added += merged.added;
  }
  const roles = unionBy(saved.roles, incoming.roles, (r) => r);
  next.roles = roles.list;
  added += roles.added;
  // Who holds a role: the saved plan's holder stays, the file adds holders of roles nobody here holds.
  if (saved.people || incoming.people) next.people = unionBy(saved.people, incoming.people, (p) => p.role).list;
  if (saved.standardGates || incoming.standardGates) next.standardGates = unionBy(saved.standardGates, incoming.standardGates, (g) => g).list;
  if (saved.log || incoming.log) {
    const log = unionBy(saved.log, incoming.log, (e) => `${e.at}\u0000${e.summary}`);
    next.log = log.list.sort((x, y) => x.at.localeCompare(y.at));
    added += log.added;
  }
  for (const key of ['reporting', 'programs'] as const) if (next[key] === undefined && incoming[key] !== undefined) next[key] = copyJson(incoming[key]);

  const keptSections = new Set(['campaign', 'brief', ...RECORD_LIST_NAMES, 'correctiveActions', 'reporting', 'programs']);
  const kept = importDifferences(saved, incoming).filter(
    (d) => keptSections.has(d.section) && d.saved !== 'not there' && d.incoming !== 'not there' && !(d.saved === 'empty' && d.incoming !== 'empty'),
  );
  const parsed = parsePlan(next);
  return parsed.ok ? { plan: parsed.value, kept, added, problems: [] } : { kept, added, problems: parsed.problems };
}

/**
 * The saved plan set aside under an id of its own before the file's replaces it, named so that a
 * person finds it in the list: “Webinar (before import 2026-12-03)”. `taken` says which ids exist.
 */
export function setAsideCopy(saved: Plan, at: string, taken: (id: string) => boolean): Plan {
  return copyPlan(saved, `before import ${at.slice(0, 10)}`, taken);
}
