import { css, unsafeCSS } from 'lit';

/**
 * Design tokens in three tiers.
 * - Reference: the raw palette (`--preflight-ref-*`), never used by components directly.
 * - System: what things mean (`--preflight-color-surface`, `--preflight-color-blocked`…), one value per theme.
 * - Component: unprefixed properties on each element (`--cell-size`), defaulting to system tokens.
 *
 * Every system token can be set by the page on any ancestor (`:root { --preflight-color-primary: … }`):
 * components read `var(--preflight-color-x, <theme default>)` through a private `--_x` alias.
 */
const REF = {
  'neutral-0': '#000000',
  'neutral-10': '#191919',
  'neutral-15': '#232323',
  'neutral-20': '#2f2f2f',
  'neutral-30': '#474747',
  'neutral-45': '#6b6b6b',
  'neutral-50': '#767676',
  'neutral-60': '#8f8f8f',
  'neutral-80': '#c8c8c8',
  'neutral-90': '#e6e6e6',
  'neutral-95': '#f3f3f3',
  'neutral-100': '#ffffff',
  'blue-35': '#1d5fb8',
  'blue-40': '#2366c4',
  'blue-80': '#9cc3ff',
  'blue-95': '#e8f1ff',
  'blue-20': '#12325c',
  'red-35': '#b3261e',
  'red-80': '#ffb4ab',
  'red-95': '#fdecea',
  'red-20': '#4d1512',
  'amber-35': '#8a5300',
  'amber-80': '#ffc870',
  'amber-95': '#fff3dc',
  'amber-20': '#3f2a05',
  'green-35': '#1e6b34',
  'green-80': '#8fd9a3',
  'green-95': '#e6f5ea',
  'green-20': '#10361b',
} as const;
type Ref = keyof typeof REF;

/** System tokens: name → [light, dark] reference colours. */
const SYSTEM_COLORS: Record<string, [Ref, Ref]> = {
  surface: ['neutral-100', 'neutral-10'],
  'surface-raised': ['neutral-100', 'neutral-15'],
  'surface-muted': ['neutral-95', 'neutral-20'],
  'on-surface': ['neutral-10', 'neutral-90'],
  'on-surface-muted': ['neutral-30', 'neutral-80'],
  outline: ['neutral-50', 'neutral-60'],
  'outline-subtle': ['neutral-80', 'neutral-30'],
  primary: ['blue-40', 'blue-80'],
  'on-primary': ['neutral-100', 'neutral-10'],
  'primary-container': ['blue-95', 'blue-20'],
  focus: ['blue-35', 'blue-80'],
  blocked: ['red-35', 'red-80'],
  'blocked-container': ['red-95', 'red-20'],
  'at-risk': ['amber-35', 'amber-80'],
  'at-risk-container': ['amber-95', 'amber-20'],
  ready: ['green-35', 'green-80'],
  'ready-container': ['green-95', 'green-20'],
};

const refDecls = Object.entries(REF)
  .map(([name, value]) => `--preflight-ref-${name}: ${value};`)
  .join('');
const themeDecls = (i: 0 | 1) =>
  Object.entries(SYSTEM_COLORS)
    .map(([name, refs]) => `--_${name}: var(--preflight-color-${name}, var(--preflight-ref-${refs[i]}));`)
    .join('');

/** Out of sight, still read by assistive technology: for `.visually-hidden` and for what an element hides at some sizes only. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

/** Shared by every element: tokens, both themes, focus ring, the host's box and the error state. */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(refDecls)}
    ${unsafeCSS(themeDecls(0))}
    --_font: var(--preflight-font-family, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--preflight-font-size, 0.875rem);
    --_font-size-small: var(--preflight-font-size-small, 0.8125rem);
    --_radius: var(--preflight-radius, 6px);
    --_space: var(--preflight-space, 0.5rem);
    --_target: var(--preflight-target-size, 24px);
    --_focus-ring: 2px solid var(--_focus);
    color-scheme: light;
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_on-surface);
  }
  :host([theme='dark']) {
    ${unsafeCSS(themeDecls(1))}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(themeDecls(1))}
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    border-radius: var(--_radius);
    border: 1px solid var(--_outline);
    background: var(--_surface-raised);
    padding: 0 var(--_space);
    cursor: pointer;
  }
  button:disabled {
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
    padding: 0 calc(var(--_space) / 2);
  }
  .visually-hidden {
    ${visuallyHidden}
  }
  [part~='error'] {
    border: 1px solid var(--_blocked);
    background: var(--_blocked-container);
    color: var(--_on-surface);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part~='error'] code {
    font-weight: 600;
  }
  [part~='status'] {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-small);
  }
  [part~='conflict'] {
    border: 1px solid var(--_at-risk);
    background: var(--_at-risk-container);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: flex;
    gap: var(--_space);
    align-items: center;
    flex-wrap: wrap;
  }
`;
