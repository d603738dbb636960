import type { Plan, RaciLetter } from '@preflight/core';

/**
 * Every kind of user edit, by type. Each element's folder adds its own kinds by augmenting
 * this interface (`declare module '../shared/changes.js' { interface ChangeMap { … } }`),
 * so `PreflightChange` stays one discriminated union across all elements.
 */
export interface ChangeMap {
  'raci.set': { stepId: string; role: string; from: RaciLetter | null; to: RaciLetter | null };
  'step.add': { stepId: string; index: number };
  'step.rename': { stepId: string; from: string; to: string };
  'step.move': { stepId: string; from: number; to: number };
  'step.remove': { stepId: string; index: number };
  'step.backup': { stepId: string; from: string | null; to: string | null };
  'role.add': { role: string; index: number };
  'role.rename': { from: string; to: string };
  'role.move': { role: string; from: number; to: number };
  'role.remove': { role: string; index: number };
}

export type PreflightChange = { [K in keyof ChangeMap]: { type: K } & ChangeMap[K] }[keyof ChangeMap];

/** `detail` of `preflight-change`: the whole new plan and what changed. */
export interface PreflightChangeDetail {
  plan: Plan;
  change: PreflightChange;
}

/** The events Preflight elements dispatch, by name. */
export interface PreflightEventMap {
  'preflight-change': PreflightChangeDetail;
}

declare global {
  interface HTMLElementEventMap {
    'preflight-change': CustomEvent<PreflightChangeDetail>;
  }
}
