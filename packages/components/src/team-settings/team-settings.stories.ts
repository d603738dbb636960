import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { DEFAULT_CONFIG, type RulesConfig } from '@preflight/core';
import '../define/preflight-team-settings.js';
import type { Theme } from '../shared/preflight-element.js';
import { DARK_GLOBALS, NARROW_FRAME } from '../stories/story-kit.js';

interface SettingsArgs {
  config: RulesConfig;
  theme: Theme;
  readonly: boolean;
  /** Space-separated: clock reviews plans platform (all when empty). */
  sections: string;
  /** Presses Save once drawn, so the story shows what a refused form looks like. */
  submit: boolean;
}

const withHours: RulesConfig = {
  ...DEFAULT_CONFIG,
  timeZone: 'Europe/Berlin',
  approvals: { ...DEFAULT_CONFIG.approvals, businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], timeZone: 'Europe/Berlin' } },
};
/** Values the core refuses: a zone that does not exist, a pattern that does not compile, a cap in lowercase, an SLA of zero. */
const refused = {
  ...withHours,
  timeZone: 'Mars/Olympus_Mons',
  approvals: { ...withHours.approvals, slaHours: { ...withHours.approvals.slaHours, legal: 0 } },
  platform: { ...withHours.platform, namingPattern: '([a-z', budgetCaps: [{ amount: 20000, currency: 'usd', period: 'total' }] },
} as RulesConfig;

const submitOnce = (el: Element | undefined) => {
  if (!el) return;
  void (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => el.shadowRoot?.querySelector<HTMLButtonElement>('[part=save-button]')?.click());
};

const template = (args: SettingsArgs): TemplateResult =>
  html`<preflight-team-settings
    .config=${args.config}
    theme=${args.theme}
    ?readonly=${args.readonly}
    sections=${args.sections}
    ${ref(args.submit ? submitOnce : undefined)}
  ></preflight-team-settings>`;

const meta: Meta<SettingsArgs> = {
  title: 'Forms/Team settings',
  component: 'preflight-team-settings',
  render: template,
  args: { config: DEFAULT_CONFIG, theme: 'light', readonly: false, sections: '', submit: false },
  argTypes: { config: { control: 'object' }, theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
};
export default meta;

type Story = StoryObj<SettingsArgs>;

/** The default rules, every section. */
export const Defaults: Story = {};
/** Business hours on, on the team's clock in Berlin. */
export const BusinessHours: Story = { args: { config: withHours } };
/** Saved with values the core refuses: each problem under its field, focus on the first, nothing saved. */
export const ErrorsShown: Story = { args: { config: refused, submit: true } };
export const Dark: Story = { args: { config: withHours, theme: 'dark' }, globals: DARK_GLOBALS };
/** The extension's options: the team clock and the platform checks only. */
export const ClockAndPlatformChecks: Story = { args: { sections: 'clock platform' } };
/** In a 20rem frame, as in a sidebar or a narrow Notion column. */
export const Narrow: Story = { args: { config: withHours }, render: (args) => html`<div style="max-width: ${NARROW_FRAME}">${template(args)}</div>` };
export const ReadOnly: Story = { args: { config: withHours, readonly: true } };
