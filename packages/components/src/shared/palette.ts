/**
 * The palette as plain data, free of lit: the components' tokens are generated from it, and the browser
 * extension's content scripts, which must stay small, paint their panel and badge with the same colours.
 *
 * Reference colours are the raw palette (`--preflight-ref-*`), never used by components directly; system
 * colours say what things mean (`--preflight-color-surface`, `--preflight-color-blocked`…), one reference
 * colour per theme.
 */
export const REF = {
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
export type Ref = keyof typeof REF;

/** System colours: name → [light, dark] reference colours. */
export const SYSTEM_COLORS = {
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
} as const satisfies Record<string, readonly [Ref, Ref]>;
export type SystemColor = keyof typeof SYSTEM_COLORS;

export type Theme = 'light' | 'dark';

/** A system colour's hex value in a theme, for places that cannot read the custom properties. */
export function systemColor(name: SystemColor, theme: Theme): string {
  return REF[SYSTEM_COLORS[name][theme === 'light' ? 0 : 1]];
}

/** Declarations of custom properties, each named by the reader and set to a system colour's value in a theme. */
export function colorDeclarations(properties: Record<string, SystemColor>, theme: Theme): string {
  return Object.entries(properties)
    .map(([property, name]) => `--${property}: ${systemColor(name, theme)};`)
    .join(' ');
}

/**
 * Each readiness state's system colour, the light theme's in both themes where it is a fill under white
 * text (a toolbar badge, a solid pill): the dark theme's state colours are light, for text on a dark surface.
 */
export const STATE_FILLS = {
  blocked: REF[SYSTEM_COLORS.blocked[0]],
  'at-risk': REF[SYSTEM_COLORS['at-risk'][0]],
  ready: REF[SYSTEM_COLORS.ready[0]],
} as const;
