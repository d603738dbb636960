import { html, nothing, type TemplateResult } from 'lit';
import { fieldProblem, type FormRecord, type Plan, type RecordField } from '@preflight/core';

/** A field that reads its own text, as the date field reads a typed date: the value it stands for, or the text as typed and what is wrong with it. */
interface TextReader {
  readText(): { value: string; problem?: string };
}

/** The date field a control is the input of (found by tag: forms without a date field do not load it). */
function readerOf(control: unknown): TextReader | undefined {
  const field = control instanceof Element ? control.closest('preflight-date-field') : null;
  return field && 'readText' in field ? (field as unknown as TextReader) : undefined;
}

/** What a control holds, trimmed: a date field's date as `YYYY-MM-DD` (or its text when that is no date). */
export function controlValue(control: unknown): string {
  return readerOf(control)?.readText().value ?? ((control as HTMLInputElement | HTMLSelectElement | null)?.value ?? '').trim();
}

/** What is wrong with the text typed in a date field, when it is no date; undefined for any other control. */
export function controlProblem(control: unknown): string | undefined {
  return readerOf(control)?.readText().problem;
}

/** A form's values by control name, trimmed; a date field's as `YYYY-MM-DD`. */
export function readForm<F extends string>(form: HTMLFormElement, names: readonly F[]): Record<F, string> {
  const values = {} as Record<F, string>;
  for (const name of names) values[name] = controlValue(form.elements.namedItem(name));
  return values;
}

/** What an empty required field asks for, the same in every form. */
const ASK: Record<string, string> = { owner: 'name who will get it done', due: 'set the date it is due' };

/**
 * Problems with a form's values, by field, in the order of `values`: an empty required field
 * asks for itself, and every other value is checked by the core against the record's field. Given
 * the form, a date field whose text is no date says what is wrong with it as typed.
 */
export function formErrors<R extends FormRecord, F extends RecordField<R>>(record: R, values: Partial<Record<F, string>>, required: readonly F[], form?: HTMLFormElement): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const [name, value] of Object.entries(values) as [F, string][]) {
    const own = form && controlProblem(form.elements.namedItem(name));
    const problem = own || (value ? fieldProblem(record, name, value) : required.includes(name) ? (ASK[name] ?? 'must not be empty') : undefined);
    if (problem) errors[name] = problem;
  }
  return errors;
}

/** Focuses the first field with a problem, once the host has rendered the messages; false when there is none. */
export async function focusFirstError(host: { updateComplete: Promise<unknown> }, form: HTMLFormElement, errors: object): Promise<boolean> {
  const first = Object.keys(errors)[0];
  if (!first) return false;
  await host.updateComplete;
  (form.elements.namedItem(first) as HTMLElement | null)?.focus();
  return true;
}

/**
 * Commits a form's changes one field at a time, one `preflight-change` each; a cancelled one
 * stops the rest and leaves the plan as it was. `from`/`to` are a field's stored and new value
 * (null: none).
 */
export function commitFieldChanges<F extends string>(
  plan: Plan,
  fields: readonly F[],
  values: { from(field: F): string | null; to(field: F): string | null },
  apply: (plan: Plan, field: F, to: string | null) => Plan,
  commit: (next: Plan, field: F, from: string | null, to: string | null) => boolean,
): void {
  let current = plan;
  for (const field of fields) {
    const from = values.from(field);
    const to = values.to(field);
    if (from === to) continue;
    const next = apply(current, field, to);
    if (!commit(next, field, from, to)) return;
    current = next;
  }
}

export interface FieldOptions {
  /** The control's id; its error is `<id>-error`. */
  id: string;
  label: string;
  error?: string | undefined;
  /** Marks the label with an asterisk (the control says `aria-required` itself). */
  required?: boolean;
}

/** A labelled control with its error, tied together for assistive technology. */
export function renderField({ id, label, error, required }: FieldOptions, control: (a: { id: string; invalid: 'true' | 'false'; describedBy: string | typeof nothing }) => TemplateResult): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
    ${control({ id, invalid: error ? 'true' : 'false', describedBy: error ? `${id}-error` : nothing })}
    ${error ? html`<p part="field-error" class="field-error" id=${`${id}-error`}>${label}: ${error}</p>` : nothing}
  </div>`;
}
