import { css } from 'lit';

export const teamSettingsStyles = css`
  :host {
    --_field-width: var(--field-width, 28rem);
  }
  form {
    container-type: inline-size;
    display: grid;
    gap: var(--_space-4);
  }
  fieldset.all {
    display: grid;
    gap: var(--_space-4);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  section {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 1px solid var(--_outline-subtle);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface-raised);
  }
  header {
    display: grid;
    gap: var(--_space-half);
  }
  .section-title {
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-semibold);
  }
  .section-hint,
  .hint {
    margin: 0;
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  /* Short fields side by side as far as they fit; long ones take the row. */
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(8.5rem, 100%), 1fr));
    gap: var(--_space-3) var(--_space-4);
    align-items: start;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    min-width: 0;
  }
  label,
  legend {
    font-weight: var(--_font-weight-medium);
  }
  input,
  select,
  textarea {
    width: 100%;
    min-width: 0;
    min-height: 2rem;
    padding: 0 var(--_space-2);
  }
  .wide > input,
  .wide > .with-button {
    max-width: var(--_field-width);
  }
  textarea {
    padding: var(--_space-1) var(--_space-2);
    resize: vertical;
    min-height: 3.5rem;
  }
  :is(input:not([type='checkbox']), select, textarea)[aria-invalid='true'] {
    border-color: var(--_blocked);
    box-shadow: inset 3px 0 0 var(--_blocked);
  }
  .with-unit,
  .with-button {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    min-width: 0;
  }
  /* The number keeps room for a few digits; the unit goes under it before the number shrinks. */
  .with-unit {
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
  }
  .with-unit input {
    flex: 1 1 4.5rem;
    min-width: 4.5rem;
    max-width: 7rem;
  }
  .with-button {
    flex-wrap: wrap;
  }
  .with-button input {
    flex: 1 1 12rem;
  }
  .unit {
    color: var(--_on-surface-muted);
    white-space: nowrap;
  }
  fieldset.group {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: var(--_space-2) 0 0;
    border: 0;
    border-top: 1px solid var(--_outline-subtle);
    min-inline-size: 0;
  }
  fieldset.boxes {
    border-top: 0;
    padding-top: 0;
  }
  fieldset.group > legend {
    padding: 0;
    float: left;
    width: 100%;
    margin-bottom: var(--_space-1);
  }
  fieldset.hours > legend {
    padding-top: var(--_space-2);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
  }
  .check {
    display: inline-flex;
    gap: var(--_space-1);
    align-items: center;
    min-height: var(--_target);
    font-weight: var(--_font-weight-regular);
    cursor: pointer;
  }
  .check input {
    width: var(--_target);
    height: var(--_target);
    min-height: 0;
    margin: 0;
    accent-color: var(--_primary);
    flex: none;
  }
  /* Each day a pill, wide enough to hit. */
  .days .check {
    min-width: 4.25rem;
    min-height: 2rem;
    padding: 0 var(--_space-3) 0 var(--_space-2);
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius-pill);
  }
  fieldset[aria-describedby~='businessDays-error'] .days .check {
    border-color: var(--_blocked);
  }
  .days .check:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_primary-container);
  }
  [part~='field-error'] {
    color: var(--_blocked);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
  }
  [part~='field-error'] p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .actions button {
    min-height: 2rem;
    padding: 0 var(--_space-3);
    font-weight: var(--_font-weight-medium);
  }
  #namingPattern {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  /* A narrow frame gives the fields the room the sections' padding would take. */
  @container (max-width: 26rem) {
    section {
      padding: var(--_space-2);
    }
  }
  .use-zone {
    min-height: 2rem;
  }
  .status {
    margin: 0;
    min-height: 1.25rem;
  }
`;
