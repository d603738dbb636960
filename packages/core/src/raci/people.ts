/**
 * The people who hold a plan's roles: `plan.people`, at most one per role. Owners, backups and
 * reviewers stay roles in the plan; every element shows the holder's name beside the role through
 * `roleLabel`, and notifications to a role reach its holder when the team's config names nobody.
 */
import type { Plan, PlanPerson } from '../plan/schema.js';
import { renameRole, type RoleRename } from './rename-role.js';

const byRole = new WeakMap<readonly PlanPerson[], Map<string, PlanPerson>>();

/** The person who holds `role` in the plan, if one is named. */
export function personFor(plan: Pick<Plan, 'people'>, role: string | undefined): PlanPerson | undefined {
  const people = plan.people;
  if (!people?.length || role === undefined) return undefined;
  let map = byRole.get(people);
  if (!map) {
    map = new Map();
    for (const person of people) if (!map.has(person.role)) map.set(person.role, person);
    byRole.set(people, map);
  }
  return map.get(role);
}

/** A role as every element shows it: "Brand lead · Dana Kim" when someone holds it, else the role. */
export function roleLabel(plan: Pick<Plan, 'people'>, role: string): string {
  const person = personFor(plan, role);
  return person && person.name !== role ? `${role} · ${person.name}` : role;
}

/** The plan with `role` held by `person` (name and optional email), or by nobody when `person` is undefined. */
export function setPerson(plan: Plan, role: string, person: { name: string; email?: string } | undefined): Plan {
  const others = (plan.people ?? []).filter((p) => p.role !== role);
  const at = (plan.people ?? []).findIndex((p) => p.role === role);
  const next: PlanPerson[] = person ? [...others] : others;
  if (person) next.splice(at < 0 ? next.length : at, 0, { role, name: person.name, ...(person.email ? { email: person.email } : {}) });
  const { people: _people, ...rest } = plan;
  return next.length ? { ...rest, people: next } : rest;
}

/**
 * Renames the person who holds `role` to `to`, and every owner, backup, reviewer and log line that
 * named them by their old name, as one edit that `undoRoleRename(plan, places, from)` takes back
 * (`from` is the old name). A role that nobody holds changes nothing.
 */
export function renamePerson(plan: Plan, role: string, to: string): RoleRename & { from?: string } {
  const person = personFor(plan, role);
  if (!person || person.name === to) return { plan, places: [] };
  const from = person.name;
  // A role that happens to be called as the person keeps its name: only the places naming them move.
  const { plan: named, places } = renameRole({ ...plan, roles: [], people: [] }, from, to);
  const index = plan.people!.indexOf(person);
  const people = plan.people!.map((p, i) => (i === index ? { ...p, name: to } : p));
  return { plan: { ...named, roles: plan.roles, people }, places: [...places, { list: 'people', id: String(index), field: 'name' }], from };
}
