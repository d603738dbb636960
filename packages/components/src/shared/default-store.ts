import type { PlanStoreLike } from './plan-store.js';

let opening: Promise<PlanStoreLike> | undefined;

/**
 * The page's IndexedDB plan store, opened on first use and shared by every bound element.
 * Loaded lazily so elements used only with `.plan` never carry the store code.
 */
export function defaultStore(): Promise<PlanStoreLike> {
  // openPlanStore never rejects (it falls back to memory with a reason); a failed import may, so allow a retry.
  opening ??= import('@preflight/core/store').then((m) => m.openPlanStore());
  opening.catch(() => (opening = undefined));
  return opening;
}
