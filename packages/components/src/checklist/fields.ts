import { html, type TemplateResult } from 'lit';
import { roleLabel, type Plan } from '@preflight/core';
import { dateField } from '../shared/date-field.js';
import { renderField } from '../shared/forms.js';
import type { ItemField } from './edits.js';

export type AddField = 'label' | 'owner' | 'due';

/** Each field's name in error messages and labels. */
export const FIELD_NAMES: Record<ItemField | AddField, string> = { label: 'Label', owner: 'Owner', due: 'Due date', evidence: 'Evidence link' };

/** A field of an item's editor (`key` is the item's element id) or of the add form (`new`). */
export function itemField(key: string, name: ItemField | AddField, error: string | undefined, control: Parameters<typeof renderField>[1]): TemplateResult {
  return renderField({ id: `${key}-${name}`, label: FIELD_NAMES[name], error }, control);
}

/** A due date; `today` is the team's date (`teamToday`). */
export function dueField(id: string, value: string | undefined, required: boolean, error: string | undefined, today: string | undefined): TemplateResult {
  return dateField({ id, name: 'due', label: FIELD_NAMES.due, value, required, errorId: error ? `${id}-error` : undefined, today });
}

/** The plan's roles to choose an owner from, plus the current owner should it be no role. */
export function ownerOptions(plan: Plan, current: string | undefined): TemplateResult {
  const roles = current && !plan.roles.includes(current) ? [current, ...plan.roles] : plan.roles;
  return html`<option value="" ?selected=${!current}>Choose an owner</option>
    ${roles.map((r) => html`<option .value=${r} ?selected=${r === current}>${roleLabel(plan, r)}</option>`)}`;
}
