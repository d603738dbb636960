/**
 * Pure edits of a plan's RACI matrix. Each returns a new plan that shares every untouched
 * step, so an edit costs one row. They rearrange data; judging it is the core's job.
 */
import { RACI_BY_LETTER, RACI_LETTERS, type Layer, type Plan, type Raci, type RaciLetter, type Step } from '@preflight/core';

/** Every role's letter on a step (the first one, should a role hold two). */
export function lettersOf(step: Step): Map<string, RaciLetter> {
  const out = new Map<string, RaciLetter>();
  for (const { letter, key } of RACI_LETTERS) for (const role of step.raci[key]) if (!out.has(role)) out.set(role, letter);
  return out;
}

export function letterOf(step: Step, role: string): RaciLetter | null {
  return RACI_LETTERS.find(({ key }) => step.raci[key].includes(role))?.letter ?? null;
}

/** The letter a key types (`r` or `R` sets R), or null for any other key. */
export function typedLetter(key: string): RaciLetter | null {
  return RACI_LETTERS.find(({ letter }) => letter === key.toUpperCase())?.letter ?? null;
}

/** Space cycles empty → R → A → C → I → empty. */
export function nextLetter(letter: RaciLetter | null): RaciLetter | null {
  const at = RACI_LETTERS.findIndex((entry) => entry.letter === letter);
  return RACI_LETTERS[at + 1]?.letter ?? null;
}

const withSteps = (plan: Plan, steps: Step[]): Plan => ({ ...plan, steps });
/** The RACI with `fn` applied to each letter's list of roles; the backup kept. */
function mapRaci(raci: Raci, fn: (roles: string[]) => string[]): Raci {
  const out = { ...raci };
  for (const { key } of RACI_LETTERS) out[key] = fn(raci[key]);
  return out;
}

export function setLetter(plan: Plan, stepId: string, role: string, letter: RaciLetter | null): Plan {
  return withSteps(
    plan,
    plan.steps.map((step) => {
      if (step.id !== stepId) return step;
      const raci = mapRaci(step.raci, (roles) => roles.filter((r) => r !== role));
      if (letter) {
        const { key } = RACI_BY_LETTER[letter];
        raci[key] = [...raci[key], role];
      }
      return { ...step, raci };
    }),
  );
}

/** A readable id not yet used by any step: `legal-review`, `legal-review-2`… */
export function newStepId(plan: Plan, name: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'step';
  const taken = new Set(plan.steps.map((s) => s.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function addStep(plan: Plan, id: string, name: string, layer: Layer): Plan {
  const step: Step = { id, name, layer, raci: { responsible: [], accountable: [], consulted: [], informed: [] } };
  return withSteps(plan, [...plan.steps, step]);
}

export function renameStep(plan: Plan, stepId: string, name: string): Plan {
  return withSteps(plan, plan.steps.map((s) => (s.id === stepId ? { ...s, name } : s)));
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

export function removeStep(plan: Plan, stepId: string): Plan {
  return withSteps(plan, plan.steps.filter((s) => s.id !== stepId));
}

export function setBackup(plan: Plan, stepId: string, backup: string | null): Plan {
  return withSteps(
    plan,
    plan.steps.map((s) => {
      if (s.id !== stepId) return s;
      const { backup: _old, ...raci } = s.raci;
      return { ...s, raci: backup ? { ...raci, backup } : raci };
    }),
  );
}

export function addRole(plan: Plan, role: string): Plan {
  return { ...plan, roles: [...plan.roles, role] };
}

/** Removes a role's column, its letters, the backups naming it and the person holding it. */
export function removeRole(plan: Plan, role: string): Plan {
  const people = plan.people?.filter((p) => p.role !== role);
  return {
    ...plan,
    ...(people ? { people } : {}),
    roles: plan.roles.filter((r) => r !== role),
    steps: plan.steps.map((s) => {
      const raci = mapRaci(s.raci, (roles) => roles.filter((r) => r !== role));
      if (raci.backup === role) delete raci.backup;
      return { ...s, raci };
    }),
  };
}
