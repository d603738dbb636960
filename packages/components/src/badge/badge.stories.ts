import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../define/preflight-badge.js';
import { atRisk, blocked, empty, healthy, invalid, large, overdue } from '../stories/plans.js';
import { DARK_GLOBALS, defaultArgs, inNarrowFrame, widgetArgTypes, type WidgetArgs } from '../stories/story-kit.js';
import { teamStoryStore, type TeamStoryState } from '../stories/team.js';
import type { Plan } from '@preflight/core';

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

/** Bound to a team plan (as with `sync`, but over a document alone): the strip shows the connection and who else is here. */
const shared =
  (state: TeamStoryState) =>
  (args: WidgetArgs): TemplateResult =>
    html`<preflight-badge plan-id=${(args.plan as Plan).id} .store=${teamStoryStore(args.plan as Plan, state)} theme=${args.theme} now=${args.now}></preflight-badge>`;
/** A team plan, live, two others here, and the notice for a change of yours someone else's replaced. */
export const Shared: Story = { render: shared('live') };
/** A team plan while the server is out of reach: the edits waiting are counted. */
export const SharedOffline: Story = { render: shared('offline') };
/** A team plan seen with a viewer's link. */
export const SharedReadOnly: Story = { render: shared('read-only') };
/** A team plan whose link the server refused. */
export const SharedRefused: Story = { args: { theme: 'dark' }, globals: DARK_GLOBALS, render: shared('refused') };
