import * as Y from 'yjs';
import { RECORD_LIST_NAMES, valueWords } from '@preflight/core/sync';

/** A change of ours that someone else's concurrent change replaced. */
export interface TeamConflict {
  /** `list/id/field` (or `campaign//field`): one notice per field. */
  key: string;
  /** `campaign`, `brief` or a record list (`blockers`, `steps`…). */
  section: string;
  /** The record's id, for a record of a list. */
  id?: string;
  /** What the screen calls the record (its title, name or label), or “the campaign”. */
  name: string;
  /** The field as the document keeps it (`status`, `raci.responsible`). */
  field: string;
  /** The value this client wrote. */
  yours: unknown;
  /** The value that replaced it (undefined when the record or the field is gone). */
  now: unknown;
  /** “Your change to <record> <field> was replaced: now <value>”. */
  message: string;
}

const FIELD_SECTIONS = ['campaign', 'brief'];
const LISTS: readonly string[] = RECORD_LIST_NAMES;
const POSITION = '_pos';

interface Pending {
  section: string;
  id: string | undefined;
  field: string;
  /** The map holding the field when we wrote it (a record replaced whole by a concurrent add is another map). */
  map: Y.Map<unknown>;
  /** The last id of the entry we wrote; a later entry whose origin is this one was written by someone who had seen ours. */
  written: Y.ID | undefined;
  value: unknown;
  name: string;
  /** The server has acknowledged it: a removal of its record is an ordinary later edit. */
  acked: boolean;
}

const plain = (value: unknown): unknown => (value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const sameId = (a: Y.ID | null | undefined, b: Y.ID | null | undefined): boolean => !!a && !!b && a.client === b.client && a.clock === b.clock;

/** The entry a map holds for a key now (deleted or not). */
const entryOf = (map: Y.Map<unknown>, key: string): Y.Item | undefined => map._map.get(key);

const NAME_FIELDS = ['title', 'name', 'label', 'kind'];
const NOUNS: Record<string, string> = { campaign: 'the campaign', brief: 'the brief', steps: 'the step', blockers: 'the blocker', checklist: 'the checklist item', milestones: 'the milestone', approvals: 'the approval' };

/** The record as the screen names it; for a change to its name itself, what kind of record it is. */
const recordName = (section: string, id: string | undefined, record: Y.Map<unknown> | undefined, field: string): string => {
  if (id === undefined || NAME_FIELDS.includes(field)) return NOUNS[section] ?? section;
  for (const key of NAME_FIELDS) {
    const value = record?.get(key);
    if (typeof value === 'string' && value) return value;
  }
  return id;
};

/** `raci.responsible` → “responsible”, `doneAt` → “done at”. */
export const fieldLabel = (field: string): string =>
  (field.split('.').pop() ?? field).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

export const conflictMessage = (name: string, field: string, now: unknown, removed = false): string =>
  `Your change to ${name} ${fieldLabel(field)} was replaced: now ${removed ? 'removed' : valueWords(now)}`;

/**
 * Remembers each field this client wrote (per list, record and field) and, when a remote change
 * arrives, tells which of them it replaced without having seen them: a concurrent edit of the same
 * field that won, a record removed or added again while our change was on its way. A remote edit
 * made after ours was seen is an ordinary later edit, not a conflict.
 */
export class ChangeTracker {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly doc: Y.Doc,
    /** How many written fields are remembered for late concurrent edits (oldest acknowledged ones go first). */
    private readonly limit = 500,
  ) {}

  get size(): number {
    return this.pending.size;
  }

  /** Notes every field a local transaction of ours wrote. */
  noteLocal(transaction: Y.Transaction): void {
    for (const [type, keys] of transaction.changed) {
      if (!(type instanceof Y.Map)) continue;
      const place = this.placeOf(type as Y.Map<unknown>);
      if (!place) continue;
      const map = type as Y.Map<unknown>;
      if (place.kind === 'list') {
        // Records added or removed: a new record's fields are all ours; a removed one needs no watching.
        for (const id of keys) {
          if (id === null) continue;
          const record = map.get(id);
          if (record instanceof Y.Map) {
            for (const field of record.keys()) this.note(place.section, id, field, record as Y.Map<unknown>);
          } else this.forgetRecord(place.section, id);
        }
      } else {
        for (const field of keys) if (field !== null) this.note(place.section, place.id, field, map);
      }
    }
    this.trim();
  }

  /** The pending writes a remote transaction replaced, as conflicts (each reported once). */
  checkRemote(): TeamConflict[] {
    const found: TeamConflict[] = [];
    for (const [key, entry] of this.pending) {
      const container = this.containerOf(entry);
      if (!container) {
        this.pending.delete(key);
        if (!entry.acked) found.push(this.conflict(key, entry, undefined, true));
        continue;
      }
      const current = entryOf(container, entry.field);
      if (container === entry.map && sameId(current?.lastId, entry.written) && !current?.deleted) continue;
      if (container === entry.map && !entry.written && (!current || current.deleted)) continue;
      // Something else holds the field now.
      this.pending.delete(key);
      const now = current && !current.deleted ? plain(container.get(entry.field)) : undefined;
      if (same(now, entry.value)) continue;
      const sawOurs = container === entry.map && entry.written && sameId(current?.origin, entry.written);
      // A deletion of our entry can only be made by someone who had it.
      const deletedOurs = container === entry.map && current && sameId(current.lastId, entry.written) && current.deleted;
      if (sawOurs || deletedOurs) continue;
      found.push(this.conflict(key, entry, now, false));
    }
    return found;
  }

  /** The server has everything we wrote. */
  acknowledge(): void {
    for (const entry of this.pending.values()) entry.acked = true;
    this.trim();
  }

  clear(): void {
    this.pending.clear();
  }

  private note(section: string, id: string | undefined, field: string, map: Y.Map<unknown>): void {
    if (field === POSITION) return;
    const entry = entryOf(map, field);
    const live = entry && !entry.deleted;
    const record = id === undefined ? undefined : map;
    const key = `${section}/${id ?? ''}/${field}`;
    this.pending.delete(key);
    this.pending.set(key, {
      section,
      id,
      field,
      map,
      written: live ? entry.lastId : undefined,
      value: live ? plain(map.get(field)) : undefined,
      name: recordName(section, id, record, field),
      acked: false,
    });
  }

  private forgetRecord(section: string, id: string): void {
    const prefix = `${section}/${id}/`;
    for (const key of [...this.pending.keys()]) if (key.startsWith(prefix)) this.pending.delete(key);
  }

  private trim(): void {
    if (this.pending.size <= this.limit) return;
    for (const [key, entry] of this.pending) {
      if (this.pending.size <= this.limit) break;
      if (entry.acked) this.pending.delete(key);
    }
  }

  private containerOf(entry: Pending): Y.Map<unknown> | undefined {
    if (entry.id === undefined) return this.doc.getMap(entry.section);
    const record = this.doc.getMap(entry.section).get(entry.id);
    return record instanceof Y.Map ? (record as Y.Map<unknown>) : undefined;
  }

  private conflict(key: string, entry: Pending, now: unknown, removed: boolean): TeamConflict {
    const record = entry.id === undefined ? undefined : this.containerOf(entry);
    const name = record ? recordName(entry.section, entry.id, record, entry.field) : entry.name;
    return {
      key,
      section: entry.section,
      ...(entry.id !== undefined ? { id: entry.id } : {}),
      name,
      field: entry.field,
      yours: entry.value,
      now,
      message: conflictMessage(name, entry.field, now, removed),
    };
  }

  /** Where a map sits in a plan document: a field section, a record list, or one record of a list. */
  private placeOf(map: Y.Map<unknown>): { kind: 'fields' | 'list'; section: string; id?: string } | undefined {
    const parent = map.parent;
    if (parent === null) {
      const name = this.topName(map);
      if (name && FIELD_SECTIONS.includes(name)) return { kind: 'fields', section: name };
      if (name && LISTS.includes(name)) return { kind: 'list', section: name };
      return undefined;
    }
    if (parent instanceof Y.Map && parent.parent === null) {
      const name = this.topName(parent as Y.Map<unknown>);
      const id = map._item?.parentSub;
      if (name && LISTS.includes(name) && typeof id === 'string') return { kind: 'fields', section: name, id };
    }
    return undefined;
  }

  private topName(type: object): string | undefined {
    for (const [name, shared] of this.doc.share) if (shared === type) return name;
    return undefined;
  }
}
