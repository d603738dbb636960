import { importDifferences, mergePlans, setAsideCopy, type ImportChoice, type ImportDifference } from '../exchange/merge.js';
import type { Plan } from '../plan/schema.js';
import { InvalidPlanError } from './errors.js';
import type { ImportConflict, PlanStore } from './types.js';

export type { ImportChoice, ImportDifference };

export interface SettledImport {
  choice: ImportChoice;
  /** The plan as saved now under the conflict's id. */
  plan: Plan;
  /** Taking the file's: the id the saved plan was set aside under (it stays in the list and in exports). */
  asideId?: string;
  /** Taking both: what both had with different content, kept as saved. */
  kept: ImportDifference[];
  /** Taking both: how many records and fields came from the file. */
  added: number;
}

/** What differs between the saved plan and the file's, field by field, for a person to choose. */
export const conflictDifferences = (conflict: ImportConflict): ImportDifference[] => importDifferences(conflict.current, conflict.incoming);

/**
 * Settles an import conflict. `keep`: nothing changes. `theirs`: the saved plan is first saved as a
 * copy of its own, then the file's replaces it. `both`: the saved plan plus what the file adds. The
 * write is based on the revision the conflict saw: if someone saved the plan since, it rejects with
 * a ConflictError and nothing is replaced (a copy set aside stays).
 */
export async function settleImport(store: PlanStore, conflict: ImportConflict, choice: ImportChoice, at: string): Promise<SettledImport> {
  const { current, incoming } = conflict;
  const baseRevision = current.revision ?? 0;
  if (choice === 'keep') return { choice, plan: current, kept: [], added: 0 };
  if (choice === 'theirs') {
    const ids = new Set((await store.list()).map((p) => p.id));
    const aside = await store.put(setAsideCopy(current, at, (id) => ids.has(id)), { baseRevision: 0 });
    const plan = await store.put({ ...incoming, revision: baseRevision }, { baseRevision });
    return { choice, plan, asideId: aside.id, kept: [], added: 0 };
  }
  const merged = mergePlans(current, incoming);
  if (!merged.plan) throw new InvalidPlanError(merged.problems);
  const plan = await store.put({ ...merged.plan, revision: baseRevision }, { baseRevision });
  return { choice, plan, kept: merged.kept, added: merged.added };
}
