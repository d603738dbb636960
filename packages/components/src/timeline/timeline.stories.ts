import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../define/preflight-timeline.js';
import type { Plan } from '@preflight/core';
import { invalid } from '../stories/plans.js';
import { DARK_GLOBALS, defaultArgs, inNarrowFrame, widgetArgTypes, type WidgetArgs } from '../stories/story-kit.js';
import { teamStoryStore, type TeamStoryState } from '../stories/team.js';
import { atRisk, blocked, healthy, large, overdue, unscheduled } from './testing.js';

/** The template every story of the timeline uses. */
const template = (args: WidgetArgs): TemplateResult =>
  html`<preflight-timeline .plan=${args.plan} theme=${args.theme} ?readonly=${args.readonly} now=${args.now}></preflight-timeline>`;

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Timeline',
  component: 'preflight-timeline',
  render: template,
  args: { ...defaultArgs, plan: healthy },
  argTypes: widgetArgTypes,
};
export default meta;

type Story = StoryObj<WidgetArgs>;

export const Healthy: Story = {};
/** Steps with no dates yet: each row says how to schedule it. */
export const Empty: Story = { args: { plan: unscheduled } };
export const AtRisk: Story = { args: { plan: atRisk } };
export const Blocked: Story = { args: { plan: blocked } };
/** A late step on the critical path moves the launch. */
export const Overdue: Story = { args: { plan: overdue } };
/** Fifty steps over three months. */
export const Large: Story = { args: { plan: large } };
export const Dark: Story = { args: { plan: overdue, theme: 'dark' }, globals: DARK_GLOBALS };
export const ReadOnly: Story = { args: { plan: atRisk, readonly: true } };
export const InvalidInput: Story = { args: { plan: invalid } };
export const NoPlan: Story = { args: { plan: undefined } };
/** In a 20rem frame, as on a phone or in a narrow Notion column: one card per step. */
export const Narrow: Story = { args: { plan: overdue }, render: inNarrowFrame(template) };
export const NarrowDark: Story = { args: { plan: blocked, theme: 'dark' }, globals: DARK_GLOBALS, render: inNarrowFrame(template) };

/** Bound to a team plan (as with `sync`, but over a document alone). */
const shared =
  (state: TeamStoryState) =>
  (args: WidgetArgs): TemplateResult =>
    html`<preflight-timeline plan-id=${(args.plan as Plan).id} .store=${teamStoryStore(args.plan as Plan, state)} theme=${args.theme} now=${args.now}></preflight-timeline>`;
export const Shared: Story = { render: shared('live') };
export const SharedOffline: Story = { render: shared('offline') };
export const SharedReadOnly: Story = { render: shared('read-only') };
export const SharedRefused: Story = { args: { theme: 'dark' }, globals: DARK_GLOBALS, render: shared('refused') };
