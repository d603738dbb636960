import { html, type TemplateResult } from 'lit';
import type { Theme } from '../shared/preflight-element.js';
import { NOW } from './plans.js';

/** The arguments every widget story takes. */
export interface WidgetArgs {
  /** The plan (any value: an invalid one shows its problems). */
  plan: unknown;
  theme: Theme;
  readonly: boolean;
  /** ISO instant the plan is judged at. */
  now: string;
}

export const defaultArgs: WidgetArgs = { plan: undefined, theme: 'light', readonly: false, now: NOW };

/** Notion's page colours (see .storybook/preview.ts): the dark story is shown on #191919. */
export const BACKDROPS = { light: '#ffffff', dark: '#191919' } as const;
export const DARK_GLOBALS = { backgrounds: { value: 'dark' } };

/** Controls every widget story shares: the plan as an object, the theme as a choice. */
export const widgetArgTypes = {
  plan: { control: 'object' },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
} as const;

/** A 20rem frame: how a widget looks in a narrow Notion column or an intranet sidebar. */
export const NARROW_FRAME = '20rem';

/** A story's template drawn inside the narrow frame. */
export const inNarrowFrame =
  (template: (args: WidgetArgs) => TemplateResult) =>
  (args: WidgetArgs): TemplateResult =>
    html`<div style="max-width: ${NARROW_FRAME}">${template(args)}</div>`;
