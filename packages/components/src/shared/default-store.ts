import type { PlanStoreLike } from './plan-store.js';

let opening: Promise<PlanStoreLike> | undefined;

/**
 * The page's shared IndexedDB store, opened on first use and shared by every element.
 */
export function defaultStore(): Promise<PlanStoreLike> {
  // The IndexedDB store module is wired in here once it is part of the core's public entry points.
  opening ??= Promise.reject(new Error('the IndexedDB plan store is not available in this build'));
  opening.catch(() => (opening = undefined));
  return opening;
}
