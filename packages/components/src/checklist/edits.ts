/**
 * Pure edits of a plan's checklist. Each returns a new plan that shares every untouched item.
 * They rearrange data; checking values is the core's job (`itemFieldProblem`).
 */
import type { ChecklistItem, Plan } from '@preflight/core';

export type ItemField = 'owner' | 'due' | 'evidence';

export const withItem = (plan: Plan, item: ChecklistItem): Plan => ({ ...plan, checklist: plan.checklist.map((i) => (i.id === item.id ? item : i)) });

/** Sets one field of an item; `null` removes it. */
export function setItemField(plan: Plan, id: string, field: ItemField, value: string | null): Plan {
  return {
    ...plan,
    checklist: plan.checklist.map((i) => {
      if (i.id !== id) return i;
      const { [field]: _old, ...rest } = i;
      return value === null ? rest : { ...rest, [field]: value };
    }),
  };
}

/** Inserts an item at `index` (the end when out of range). */
export function insertItem(plan: Plan, item: ChecklistItem, index = plan.checklist.length): Plan {
  const checklist = [...plan.checklist];
  checklist.splice(Math.max(0, Math.min(index, checklist.length)), 0, item);
  return { ...plan, checklist };
}

export const removeItem = (plan: Plan, id: string): Plan => ({ ...plan, checklist: plan.checklist.filter((i) => i.id !== id) });

/** The next free id of the form `item-N`. */
export function newItemId(plan: Plan): string {
  const taken = new Set(plan.checklist.map((i) => i.id));
  let n = plan.checklist.length + 1;
  while (taken.has(`item-${n}`)) n++;
  return `item-${n}`;
}
