import { css } from 'lit';
import { hostDecls, visuallyHidden } from './token-values.js';

/** Out of sight, still read by assistive technology (declarations for a rule of one's own). */
export { visuallyHidden };

/**
 * The readiness states' colours, said once: an element whose `data-state` is ready (or ok, a verdict with
 * no finding), at-risk or blocked carries its state's colour in `--_state` and its fill in
 * `--_state-container`, for its own rule to paint with (a pill, a verdict, a findings button, a mark).
 */
export const stateStyles = css`
  [data-state='ready'],
  [data-state='ok'] {
    --_state: var(--_ready);
    --_state-container: var(--_ready-container);
  }
  [data-state='at-risk'] {
    --_state: var(--_at-risk);
    --_state-container: var(--_at-risk-container);
  }
  [data-state='blocked'] {
    --_state: var(--_blocked);
    --_state-container: var(--_blocked-container);
  }
`;

/**
 * The controls (buttons, inputs, selects, checkboxes), their focus ring and disabled state, icons and
 * `.visually-hidden`, in selectors that read the same in a shadow root and in a page: the elements and the
 * pages around them (the workspace, the embed page: `pageStyles`) draw one set of controls.
 */
export const controlStyles = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }
  /*
   * Buttons: default (outlined), .primary (filled: the one action a view leads to), .quiet (text only), .danger.
   * Written in :where() (no specificity), so an element's own rule for a button always wins over these.
   */
  :where(button) {
    font: inherit;
    color: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    border-radius: var(--_radius);
    border: 1px solid var(--_outline);
    background: var(--_surface-raised);
    padding: 0 var(--_space-2);
    cursor: pointer;
  }
  :where(button:hover:not(:disabled)) {
    background: var(--_surface-muted);
  }
  :where(button.primary) {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: var(--_font-weight-semibold);
  }
  :where(button.primary:hover:not(:disabled)) {
    background: var(--_primary);
    filter: brightness(1.1);
  }
  :where(button.quiet) {
    border-color: transparent;
    background: transparent;
    color: var(--_primary);
  }
  :where(button.quiet:hover:not(:disabled)) {
    background: var(--_surface-muted);
  }
  :where(button.danger) {
    border-color: var(--_blocked);
    color: var(--_blocked);
  }
  :where(button.danger:hover:not(:disabled)) {
    background: var(--_blocked-container);
  }
  :where(button:disabled) {
    cursor: not-allowed;
    opacity: 0.75;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: var(--_target);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0 var(--_space-1);
  }
  textarea {
    padding-block: var(--_space-1);
  }
  :where(input, select, textarea):where(:hover:not(:disabled, :focus)) {
    border-color: var(--_on-surface-muted);
  }
  :where(input, select, textarea):where(:disabled) {
    cursor: not-allowed;
    opacity: 0.75;
  }
  /* Lighter than a value (the outline's grey, still 4.5:1 on the surface), so a hint never reads as something typed. */
  ::placeholder {
    color: var(--_outline);
    opacity: 1;
  }
  :where(input[type='checkbox'], input[type='radio']) {
    accent-color: var(--_primary);
    cursor: pointer;
  }
  :where(select) {
    cursor: pointer;
  }
  /* Lucide's icons (shared/icon.ts): the text's colour, a step of the type scale. */
  .icon {
    width: var(--_icon-size);
    height: var(--_icon-size);
    flex: none;
    vertical-align: middle;
  }
  .visually-hidden {
    ${visuallyHidden}
  }
`;

/** Shared by every element: tokens, both themes, the controls, the host's box and the error, status and conflict parts. */
export const tokenStyles = css`
  :host {
    ${hostDecls.base}
    ${hostDecls.light}
    color-scheme: light;
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size-md);
    line-height: var(--_line-height-normal);
    color: var(--_on-surface);
  }
  :host([theme='dark']) {
    ${hostDecls.dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${hostDecls.dark}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  ${controlStyles}
  [part~='error'] {
    border: 1px solid var(--_blocked);
    background: var(--_blocked-container);
    color: var(--_on-surface);
    border-radius: var(--_radius);
    padding: var(--_space-2);
  }
  [part~='error'] code {
    font-weight: var(--_font-weight-semibold);
  }
  [part~='status'] {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  [part~='conflict'] {
    border: 1px solid var(--_at-risk);
    background: var(--_at-risk-container);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    flex-wrap: wrap;
  }
`;
