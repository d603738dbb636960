import { unsafeCSS } from 'lit';
import { REF, SYSTEM_COLORS } from './palette.js';

// The token tables and the declarations generated from them. Generated CSS lives here, in a module without css
// literals, so the build can still minify tokens.ts's own (it leaves a module that calls unsafeCSS as written).

/**
 * Design tokens in three tiers.
 * - Reference: the raw palette (`--preflight-ref-*`), never used by components directly.
 * - System: what things mean (`--preflight-color-surface`, `--preflight-color-blocked`…), one value per theme.
 * - Component: unprefixed properties on each element (`--cell-size`), defaulting to system tokens.
 *
 * Every system token can be set by the page on any ancestor (`:root { --preflight-color-primary: … }`):
 * components read `var(--preflight-color-x, <theme default>)` through a private `--_x` alias. The colours
 * themselves are in palette.ts, which the browser extension reads too.
 */
const refDecls = Object.entries(REF)
  .map(([name, value]) => `--preflight-ref-${name}: ${value};`)
  .join('');
const themeDecls = (i: 0 | 1) =>
  Object.entries(SYSTEM_COLORS)
    .map(([name, refs]) => `--_${name}: var(--preflight-color-${name}, var(--preflight-ref-${refs[i]}));`)
    .join('');

/**
 * The type scale (Notion's UI sizes: 12/13/14/16/20/24 px). `md` is body text and `sm` secondary text; the
 * older `--preflight-font-size` and `--preflight-font-size-small` still set them.
 */
const FONT_SIZES = { xs: '0.75rem', sm: '0.8125rem', md: '0.875rem', lg: '1rem', xl: '1.25rem', '2xl': '1.5rem' } as const;
const FONT_SIZE_ALIASES: Partial<Record<keyof typeof FONT_SIZES, string>> = { sm: '--preflight-font-size-small', md: '--preflight-font-size' };
const FONT_WEIGHTS = { regular: 400, medium: 500, semibold: 600, bold: 700 } as const;
const LINE_HEIGHTS = { tight: 1.25, normal: 1.4 } as const;
/** Radii: `sm` for small chips and cells, `md` (`--preflight-radius`) for controls and cards, `lg` for popovers and dialogs. */
const RADII = { sm: '4px', lg: '8px', pill: '999px' } as const;
/** Steps of the spacing scale: `--preflight-space-N` is N × 4 px (`half` is 2 px, for a label and its value). */
const SPACE_STEPS = ['half', 1, 2, 3, 4, 5, 6, 7, 8] as const;

/**
 * Each step is a page-settable `--preflight-…` property read through a private `--_…` alias. Spacing steps are
 * multiples of a 4 px unit, half of `--preflight-space` (8 px): a page that set that one still scales them all.
 */
const scaleDecls = [
  ...Object.entries(FONT_SIZES).map(([step, value]) => {
    const alias = FONT_SIZE_ALIASES[step as keyof typeof FONT_SIZES];
    return `--_font-size-${step}: var(--preflight-font-size-${step}, ${alias ? `var(${alias}, ${value})` : value});`;
  }),
  ...Object.entries(FONT_WEIGHTS).map(([name, value]) => `--_font-weight-${name}: var(--preflight-font-weight-${name}, ${value});`),
  ...Object.entries(LINE_HEIGHTS).map(([name, value]) => `--_line-height-${name}: var(--preflight-line-height-${name}, ${value});`),
  ...Object.entries(RADII).map(([name, value]) => `--_radius-${name}: var(--preflight-radius-${name}, ${value});`),
  '--_space-unit: calc(var(--preflight-space, 0.5rem) / 2);',
  ...SPACE_STEPS.map((step) => `--_space-${step}: var(--preflight-space-${step}, calc(var(--_space-unit) * ${step === 'half' ? 0.5 : step}));`),
].join('');

/** The shadow of raised things (popovers, dialogs, the date picker), per theme: on a dark page a light shadow would not show. */
const ELEVATION = [
  '0 1px 2px rgb(15 15 15 / 0.08), 0 4px 16px rgb(15 15 15 / 0.16)',
  '0 1px 2px rgb(0 0 0 / 0.4), 0 4px 16px rgb(0 0 0 / 0.55)',
] as const;
const elevationDecl = (i: 0 | 1) => `--_shadow-raised: var(--preflight-shadow-raised, ${ELEVATION[i]});`;

/** Every token with its default (light and dark for colours), for the Design page and its tests. */
export function designTokens() {
  return {
    colors: Object.entries(SYSTEM_COLORS).map(([name, [light, dark]]) => ({ name: `--preflight-color-${name}`, light: REF[light], dark: REF[dark] })),
    fontSizes: Object.entries(FONT_SIZES).map(([step, value]) => ({ name: `--preflight-font-size-${step}`, value, alias: FONT_SIZE_ALIASES[step as keyof typeof FONT_SIZES] })),
    fontWeights: Object.entries(FONT_WEIGHTS).map(([name, value]) => ({ name: `--preflight-font-weight-${name}`, value: String(value) })),
    lineHeights: Object.entries(LINE_HEIGHTS).map(([name, value]) => ({ name: `--preflight-line-height-${name}`, value: String(value) })),
    space: SPACE_STEPS.map((step) => ({ name: `--preflight-space-${step}`, px: step === 'half' ? 2 : step * 4 })),
    radii: [{ name: '--preflight-radius', value: '6px' }, ...Object.entries(RADII).map(([name, value]) => ({ name: `--preflight-radius-${name}`, value }))],
    elevation: { name: '--preflight-shadow-raised', light: ELEVATION[0], dark: ELEVATION[1] },
  };
}

/**
 * Out of sight, still read by assistive technology: for `.visually-hidden` and for what an element hides at some
 * sizes only. Declarations without a rule, which the build's CSS minifier cannot read: so they are here.
 */
export const visuallyHidden = unsafeCSS('position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;');

/** The family, the control radius, the smallest target, the icon size and the focus ring, each page-settable. */
const controlDecls = [
  "--_font: var(--preflight-font-family, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);",
  '--_radius: var(--preflight-radius, 6px);',
  '--_target: var(--preflight-target-size, 24px);',
  '--_icon-size: var(--preflight-icon-size, var(--_font-size-lg));',
  '--_focus-ring: 2px solid var(--_focus);',
].join('');

/** The same declarations as text: the palette, scales and controls' measures, and each theme's colours and shadow. */
export const tokenDeclarations = {
  base: refDecls + scaleDecls + controlDecls,
  light: themeDecls(0) + elevationDecl(0),
  dark: themeDecls(1) + elevationDecl(1),
};

/** Declarations for the host: the palette, the scales, and the system colours and shadow of each theme. */
export const hostDecls = {
  base: unsafeCSS(tokenDeclarations.base),
  light: unsafeCSS(tokenDeclarations.light),
  dark: unsafeCSS(tokenDeclarations.dark),
};
