import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../define/preflight-blocker-log.js';
import { atRisk, blocked, empty, healthy, invalid, large, overdue } from '../stories/plans.js';
import { DARK_GLOBALS, defaultArgs, inNarrowFrame, widgetArgTypes, type WidgetArgs } from '../stories/story-kit.js';

/** The template every story of the blocker log uses. */
const template = (args: WidgetArgs): TemplateResult =>
  html`<preflight-blocker-log .plan=${args.plan} theme=${args.theme} ?readonly=${args.readonly} now=${args.now}></preflight-blocker-log>`;

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Blocker log',
  component: 'preflight-blocker-log',
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
/** In a workspace's main column (57rem at a 1280 px window): status and the row's buttons in sight, the rest a sideways scroll away with the title held at the left. */
export const InAColumn: Story = { args: { plan: overdue }, render: (args) => html`<div style="width: 57rem">${template(args)}</div>` };
/** In a 20rem frame, as in a narrow Notion column: each blocker is a card. */
export const Narrow: Story = { args: { plan: overdue }, render: inNarrowFrame(template) };
