/**
 * Renaming a role renames it wherever the plan names it — the RACI column and the person holding it, letters and backups,
 * the campaign owner, blocker, checklist, milestone and corrective-action owners, who did a gate or
 * a step, who raised a blocker,
 * whom a review was asked of and who decided it, the log — as one edit. It returns every place it
 * changed so the rename can be undone exactly, even where the new name was already written.
 */
import type { Plan, Raci } from '../plan/schema.js';
import { RACI_LETTERS, type RaciKey } from '../plan/vocabulary.js';

/** One place that named the role: `campaign.owner`, `steps/<id>/raci.accountable`, `blockers/<id>/owner`, `log/<index>/by`… */
export interface RolePlace {
  list: 'campaign' | 'roles' | 'people' | 'steps' | 'blockers' | 'checklist' | 'milestones' | 'approvals' | 'correctiveActions' | 'log';
  /** The record's id (the entry's index for the log and for people; the column's index for roles). */
  id?: string;
  field: string;
  /** For a RACI letter's list of roles: the position the name held in it. */
  index?: number;
}

export interface RoleRename {
  plan: Plan;
  places: RolePlace[];
}

/** How many records of each kind a rename touched, for the sentence that announces it. */
export function countPlaces(places: readonly RolePlace[]): Partial<Record<RolePlace['list'], number>> {
  const records = new Map<string, Set<string>>();
  for (const p of places) {
    const ids = records.get(p.list) ?? new Set<string>();
    ids.add(p.id ?? '');
    records.set(p.list, ids);
  }
  return Object.fromEntries([...records].map(([list, ids]) => [list, ids.size]));
}

function swapIn<T extends { id: string }>(records: readonly T[], list: RolePlace['list'], fields: readonly (keyof T & string)[], from: string, to: string, places: RolePlace[]): T[] {
  let changed = false;
  const next = records.map((record) => {
    let copy: T | undefined;
    for (const field of fields) {
      if (record[field] !== from) continue;
      copy ??= { ...record };
      (copy as Record<string, unknown>)[field] = to;
      places.push({ list, id: record.id, field });
    }
    if (copy) changed = true;
    return copy ?? record;
  });
  return changed ? next : (records as T[]);
}

/** Renames `from` to `to` everywhere the plan names it. */
export function renameRole(plan: Plan, from: string, to: string): RoleRename {
  const places: RolePlace[] = [];
  const next: Plan = { ...plan };
  next.roles = plan.roles.map((r, i) => {
    if (r !== from) return r;
    places.push({ list: 'roles', id: String(i), field: 'name' });
    return to;
  });
  if (plan.people?.some((p) => p.role === from)) {
    next.people = plan.people.map((p, i) => {
      if (p.role !== from) return p;
      places.push({ list: 'people', id: String(i), field: 'role' });
      return { ...p, role: to };
    });
  }
  if (plan.campaign.owner === from) {
    next.campaign = { ...plan.campaign, owner: to };
    places.push({ list: 'campaign', field: 'owner' });
  }
  next.steps = plan.steps.map((step) => {
    let raci: Raci | undefined;
    for (const { key } of RACI_LETTERS) {
      if (!step.raci[key].includes(from)) continue;
      raci ??= { ...step.raci };
      raci[key] = step.raci[key].map((r, index) => {
        if (r !== from) return r;
        places.push({ list: 'steps', id: step.id, field: `raci.${key}`, index });
        return to;
      });
    }
    if (step.raci.backup === from) {
      raci = { ...(raci ?? step.raci), backup: to };
      places.push({ list: 'steps', id: step.id, field: 'raci.backup' });
    }
    const withRaci = raci ? { ...step, raci } : step;
    if (step.doneBy !== from) return withRaci;
    places.push({ list: 'steps', id: step.id, field: 'doneBy' });
    return { ...withRaci, doneBy: to };
  });
  next.blockers = swapIn(plan.blockers, 'blockers', ['owner', 'raisedBy'], from, to, places);
  next.checklist = swapIn(plan.checklist, 'checklist', ['owner', 'doneBy'], from, to, places);
  next.milestones = swapIn(plan.milestones, 'milestones', ['owner'], from, to, places);
  next.approvals = swapIn(plan.approvals, 'approvals', ['requestedFrom', 'decidedBy'], from, to, places);
  if (plan.correctiveActions) next.correctiveActions = swapIn(plan.correctiveActions, 'correctiveActions', ['owner'], from, to, places);
  if (plan.log) {
    next.log = plan.log.map((entry, i) => {
      if (entry.by !== from) return entry;
      places.push({ list: 'log', id: String(i), field: 'by' });
      return { ...entry, by: to };
    });
  }
  return { plan: places.length ? next : plan, places };
}

/** Puts `from` back exactly where `renameRole` wrote the new name, and nowhere else. */
export function undoRoleRename(plan: Plan, places: readonly RolePlace[], from: string): Plan {
  const at = (list: RolePlace['list']) => places.filter((p) => p.list === list);
  const next: Plan = { ...plan };
  const roleIndexes = new Set(at('roles').map((p) => Number(p.id)));
  next.roles = plan.roles.map((r, i) => (roleIndexes.has(i) ? from : r));
  const peoplePlaces = new Map(at('people').map((p) => [Number(p.id), p.field as 'role' | 'name']));
  if (plan.people && peoplePlaces.size) next.people = plan.people.map((p, i) => (peoplePlaces.has(i) ? { ...p, [peoplePlaces.get(i)!]: from } : p));
  if (at('campaign').length) next.campaign = { ...plan.campaign, owner: from };
  const stepPlaces = new Map<string, RolePlace[]>();
  for (const p of at('steps')) stepPlaces.set(p.id!, [...(stepPlaces.get(p.id!) ?? []), p]);
  next.steps = plan.steps.map((step) => {
    const mine = stepPlaces.get(step.id);
    if (!mine) return step;
    const raci: Raci = { ...step.raci };
    let doneBy = step.doneBy;
    for (const p of mine) {
      if (p.field === 'doneBy') {
        doneBy = from;
        continue;
      }
      const key = p.field.slice('raci.'.length);
      if (key === 'backup') raci.backup = from;
      else {
        const list = key as RaciKey;
        raci[list] = raci[list].map((r, i) => (i === p.index ? from : r));
      }
    }
    return { ...step, raci, ...(doneBy === undefined ? {} : { doneBy }) };
  });
  const restore = <T extends { id: string }>(records: readonly T[], list: RolePlace['list']): T[] => {
    const fields = new Map<string, string[]>();
    for (const p of at(list)) fields.set(p.id!, [...(fields.get(p.id!) ?? []), p.field]);
    return records.map((r) => {
      const f = fields.get(r.id);
      if (!f) return r;
      const copy = { ...r } as Record<string, unknown>;
      for (const field of f) copy[field] = from;
      return copy as T;
    });
  };
  next.blockers = restore(plan.blockers, 'blockers');
  next.checklist = restore(plan.checklist, 'checklist');
  next.milestones = restore(plan.milestones, 'milestones');
  next.approvals = restore(plan.approvals, 'approvals');
  if (plan.correctiveActions) next.correctiveActions = restore(plan.correctiveActions, 'correctiveActions');
  const logIndexes = new Set(at('log').map((p) => Number(p.id)));
  if (plan.log) next.log = plan.log.map((e, i) => (logIndexes.has(i) ? { ...e, by: from } : e));
  return next;
}
