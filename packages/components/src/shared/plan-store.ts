import type { Plan } from '@preflight/core';

export type StoreStatus = 'saved' | 'unsaved changes' | 'read-only' | 'memory only';

/** A saved change as the store reports it (`origin: 'remote'` when another tab made it). */
export interface StoreChangeLike {
  type: 'put' | 'delete' | 'import' | 'clear';
  id?: string;
  ids?: string[];
  revision?: number;
}

/** What an element needs from a plan store: the part of `@preflight/core/store`'s PlanStore it uses. */
export interface PlanStoreLike {
  get(id: string): Promise<Plan | undefined>;
  put(plan: Plan, options?: { baseRevision?: number }): Promise<Plan>;
  subscribe(listener: (change: StoreChangeLike) => void): () => void;
  readonly status: StoreStatus;
  onStatus(listener: (status: StoreStatus, reason: string | undefined) => void): () => void;
}

/** The store refused a write made on an older revision. Matched by name so no store code is bundled for it. */
export const isConflict = (error: unknown): boolean => error instanceof Error && error.name === 'ConflictError';

/** Whether a store change may have touched the plan with this id. */
export const touches = (change: StoreChangeLike, id: string): boolean =>
  change.type === 'clear' || change.id === id || (change.ids?.includes(id) ?? false);
