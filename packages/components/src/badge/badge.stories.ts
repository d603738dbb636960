import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../define/preflight-badge.js';
import { atRisk, blocked, empty, healthy, invalid, large, overdue } from '../stories/plans.js';
import { DARK_GLOBALS, defaultArgs, inNarrowFrame, widgetArgTypes, type WidgetArgs } from '../stories/story-kit.js';

/** The template every story of the readiness badge uses. */
const template = (args: WidgetArgs): TemplateResult =>
  html`<preflight-badge .plan=${args.plan} theme=${args.theme} ?readonly=${args.readonly} now=${args.now}></preflight-badge>`;

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Readiness badge',
  component: 'preflight-badge',
  render: template,
  args: { ...defaultArgs, plan: healthy },
  argTypes: widgetArgTypes,
};
export default meta;

type Story = StoryObj<WidgetArgs>;

export const Healthy: Story = {};
export const Empty: Story = { args: { plan: empty } };
export const AtRisk: Story = { args: { plan: atRisk } };
export const Blocked: Story = { args: { plan: blocked } };
export const Overdue: Story = { args: { plan: overdue } };
export const Large: Story = { args: { plan: large } };
export const Dark: Story = { args: { plan: atRisk, theme: 'dark' }, globals: DARK_GLOBALS };
export const ReadOnly: Story = { args: { plan: blocked, readonly: true } };
export const InvalidInput: Story = { args: { plan: invalid } };
export const NoPlan: Story = { args: { plan: undefined } };

/** System tokens overridden on a container: every badge inside takes them (see Docs/Theming tokens). */
export const CustomTokens: Story = {
  render: (args) => html`<div style="--preflight-color-ready: #0b6e4f; --preflight-color-ready-container: #dff5ec; --preflight-radius: 2px; display: flex; gap: 1rem;">
    ${[healthy, atRisk, blocked].map((plan) => template({ ...args, plan }))}
  </div>`,
};
/** In a 20rem frame, as in a narrow Notion column: the popover stays inside the viewport. */
export const Narrow: Story = { args: { plan: blocked }, render: inNarrowFrame(template) };
