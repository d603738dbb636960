import { css } from 'lit';

/**
 * What the elements that list records with their forms share (the reviews, the corrective actions): the
 * toolbar with "Acting as", a form closed until asked for laid out in as many columns as fit, its fields and
 * their errors, the empty state, and each record as a card with its title, state chip, details and history.
 * An element adds its own state colours (`.state[data-state=…]`, the card's left border) and parts.
 */
export const recordStyles = css`
  p {
    margin: 0;
  }
  .toolbar {
    display: flex;
    gap: var(--_space-2);
    align-items: end;
    flex-wrap: wrap;
    margin-bottom: var(--_space-2);
  }
  .toolbar .note {
    flex: 1 1 100%;
  }
  .summary {
    color: var(--_on-surface-muted);
    margin: var(--_space-2) 0;
  }
  .empty {
    padding: var(--_space-2);
    border: 1px dashed var(--_outline-subtle);
    border-radius: var(--_radius);
    color: var(--_on-surface-muted);
  }
  .head {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    flex-wrap: wrap;
  }
  .title {
    font-size: var(--_font-size-md);
    font-weight: var(--_font-weight-semibold);
    margin: 0;
    margin-inline-end: auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* A state is a word on a tinted chip with a border: never colour alone. */
  .state {
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
    padding: 0 var(--_space-2);
    border-radius: var(--_radius-pill);
    border: 1px solid var(--_outline);
    background: var(--_surface-muted);
    line-height: 1.5;
  }
  .meta,
  .as {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  ul.history {
    margin: 0;
    padding-left: var(--_space-5);
    font-size: var(--_font-size-sm);
    display: grid;
    gap: var(--_space-half);
  }
  .history .what {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .history .who {
    color: var(--_on-surface-muted);
  }
  .form {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: var(--_space-2);
    align-items: end;
    padding: var(--_space-2);
    margin-bottom: var(--_space-2);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .form .as,
  .form .field:has(textarea),
  .form > .field-error,
  .form .actions {
    grid-column: 1 / -1;
  }
  .field {
    display: grid;
    gap: var(--_space-half);
    min-width: 0;
  }
  .field input,
  .field select,
  .field textarea {
    width: 100%;
    min-width: 0;
  }
  .toolbar .field select {
    width: auto;
    max-width: 100%;
  }
  textarea {
    font: inherit;
    color: inherit;
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space-1);
    resize: vertical;
  }
  .actions {
    display: flex;
    gap: var(--_space-2);
    flex-wrap: wrap;
  }
  [part~='field-error'] {
    margin: 0;
    color: var(--_blocked);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
  }
`;
