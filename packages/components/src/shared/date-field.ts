import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * Dates are typed as YYYY-MM-DD text everywhere, not picked in a native date input: a native input
 * reads a partly typed date as empty, so the message could not say what is wrong with it.
 */
const DATE_HINT = 'YYYY-MM-DD, for example 2026-09-30';

export interface DateInputOptions {
  id: string;
  name: string;
  value?: string | undefined;
  required?: boolean;
  /** The id of the field's error message, when it shows one. */
  errorId?: string | undefined;
}

/** A date text input with its format hint, described by the hint and by the error when there is one. */
export function dateInput({ id, name, value, required, errorId }: DateInputOptions): TemplateResult {
  const hintId = `${id}-hint`;
  return html`<input
      id=${id}
      name=${name}
      .value=${value ?? ''}
      inputmode="numeric"
      pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}"
      placeholder="YYYY-MM-DD"
      autocomplete="off"
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${errorId ? 'true' : 'false'}
      aria-describedby=${errorId ? `${hintId} ${errorId}` : hintId}
    /><span part="date-hint" class="date-hint" id=${hintId}>${DATE_HINT}</span>`;
}

export const dateFieldStyles = css`
  .date-hint {
    font-size: var(--_font-size-small);
    color: var(--_on-surface-muted);
  }
`;
