import { css } from 'lit';

export const checklistStyles = css`
  :host {
    --progress-height: 0.5rem;
  }
  .summary {
    display: grid;
    gap: var(--_space-2);
    margin-bottom: var(--_space-2);
  }
  [part~='verdict'] {
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
    flex-wrap: wrap;
    margin: 0;
    padding: var(--_space-2);
    border-radius: var(--_radius);
    border: 1px solid var(--_state);
    background: var(--_state-container);
  }
  .state {
    font-weight: var(--_font-weight-bold);
  }
  .definition {
    color: var(--_on-surface-muted);
  }
  [part~='reasons'] ul {
    margin: 0;
    padding-left: var(--_space-5);
  }
  [part~='fix-button'] {
    min-height: var(--_target);
  }
  [part~='open-gates'] {
    margin: 0;
    padding-left: var(--_space-5);
  }
  .bar {
    --_bar-height: var(--progress-height);
  }
  h3 {
    font-size: var(--_font-size-md);
    margin: var(--_space-2) 0 var(--_space-1);
    text-transform: capitalize;
  }
  /*
   * Items lay out by the list's width (a container query on the list, not :host, so the host keeps
   * its content's width in a flex row or a table cell): narrower than 30rem, an item's buttons go
   * under its label instead of squeezing it into a column of single words.
   */
  ul.items {
    container: items / inline-size;
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  [part~='item'] {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
    padding: var(--_space-1) var(--_space-2);
    border-bottom: 1px solid var(--_outline-subtle);
    /* Items off screen skip layout and paint (a 500-item list renders what is visible), and keep their last size. */
    content-visibility: auto;
    contain-intrinsic-size: auto 4rem;
  }
  [part~='item']:last-child {
    border-bottom: 0;
  }
  [part~='checkbox'] {
    width: var(--_target);
    height: var(--_target);
    margin: 0;
    accent-color: var(--_primary);
  }
  .label {
    min-width: 0;
    overflow-wrap: anywhere;
    font-weight: var(--_font-weight-semibold);
  }
  [data-done='true'] .label {
    text-decoration: line-through;
    color: var(--_on-surface-muted);
  }
  .meta {
    grid-column: 2 / -1;
    display: flex;
    gap: var(--_space-2);
    flex-wrap: wrap;
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  [part~='gate'] {
    color: var(--_on-surface);
    font-weight: var(--_font-weight-semibold);
  }
  [part~='evidence'] a {
    color: var(--_primary);
  }
  .actions {
    display: flex;
    gap: var(--_space-1);
    flex-wrap: wrap;
    justify-content: end;
  }
  [part~='editor'],
  [part~='add-form'] {
    display: flex;
    gap: var(--_space-2);
    flex-wrap: wrap;
    align-items: end;
  }
  [part~='editor'] {
    grid-column: 1 / -1;
    padding: var(--_space-2);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
  }
  /* The add form's fields flow into as many columns as fit; a fieldset is as wide as its content unless told otherwise. */
  [part~='add-form'] fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(11rem, 100%), 1fr));
    gap: var(--_space-2);
    align-items: end;
    flex: 1 1 100%;
    min-inline-size: 0;
    margin: 0;
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  .add-actions {
    display: flex;
    gap: var(--_space-2);
    flex-wrap: wrap;
  }
  [part~='add-button'] {
    justify-self: start;
    margin-top: var(--_space-2);
  }
  .empty {
    padding: var(--_space-2);
    border: 1px dashed var(--_outline-subtle);
    border-radius: var(--_radius);
    color: var(--_on-surface-muted);
  }
  .field {
    display: grid;
    gap: var(--_space-half);
    min-width: 0;
    max-width: 100%;
  }
  /* A select is as wide as its longest option (a role's name): let it shrink to the frame. */
  .field input:not([type='checkbox']),
  .field select {
    min-height: var(--_target);
    min-width: 0;
    max-width: 100%;
  }
  [part~='add-form'] .field :is(input, select) {
    width: 100%;
  }
  .check-field {
    display: flex;
    gap: var(--_space-1);
    align-items: center;
    min-height: var(--_target);
  }
  .check-field input {
    width: var(--_target);
    height: var(--_target);
    margin: 0;
  }
  [part~='field-error'] {
    margin: 0;
    color: var(--_blocked);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
  }
  [part~='undo'] {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    margin: var(--_space-2) 0;
  }
  .add {
    margin-top: var(--_space-2);
  }
  .toolbar {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    flex-wrap: wrap;
  }
  @container items (width < 30rem) {
    [part~='item'] {
      grid-template-columns: auto minmax(0, 1fr);
    }
    .actions {
      grid-column: 2 / -1;
      justify-content: start;
    }
  }
`;
