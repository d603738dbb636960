import type { QuarantinedRecord } from './database.js';
import type { ExportedQuarantine, QuarantineCause } from './types.js';

/** Damaged plans are kept under keys of their own (`damaged:<id>:<writeId>`); upgrades under numbers. */
export const DAMAGED_PREFIX = 'damaged:';

function nameOf(record: unknown): string | undefined {
  // A damaged plan is kept as { head, chunks }; an upgrade keeps the bare old plan.
  const plan = (record as { head?: { plan?: unknown } } | undefined)?.head?.plan ?? record;
  const name = (plan as { campaign?: { name?: unknown } } | undefined)?.campaign?.name;
  return typeof name === 'string' && name ? name : undefined;
}

function explain(cause: QuarantineCause, kept: QuarantinedRecord): string {
  const what = kept.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  if (cause === 'upgrade') return `could not be read as a plan when the database was upgraded from version ${kept.fromVersion} (${what})`;
  if (cause === 'deleted while damaged') return `was deleted while damaged; what survived of it is kept here (${what})`;
  return `was found damaged and set aside (${what})`;
}

/** A quarantine entry as the store shows and exports it. */
export function describeQuarantined(key: IDBValidKey, kept: QuarantinedRecord): ExportedQuarantine {
  const storedKey = typeof key === 'number' ? key : String(key);
  const cause: QuarantineCause = kept.cause ?? (String(key).startsWith(DAMAGED_PREFIX) ? 'damaged' : 'upgrade');
  const id = String(kept.key);
  return { key: storedKey, id, name: nameOf(kept.record) ?? id, cause, reason: explain(cause, kept), problems: kept.problems, at: kept.at, record: kept.record };
}
