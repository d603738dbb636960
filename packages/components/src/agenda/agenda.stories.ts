import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../define/preflight-agenda.js';
import { invalid } from '../stories/plans.js';
import { DARK_GLOBALS, defaultArgs, inNarrowFrame, widgetArgTypes, type WidgetArgs } from '../stories/story-kit.js';
import { manyPlans, markupPlan, seasonPlans, TEAM_NOW, thisWeekPlan, type ReportArgs } from '../stories/story-team-plans.js';

type AgendaArgs = ReportArgs;

/** The template every story of the agenda uses. */
const template = (args: AgendaArgs): TemplateResult =>
  html`<preflight-agenda .plans=${args.plans} .plan=${args.plan} .config=${args.config} theme=${args.theme} now=${args.now}></preflight-agenda>`;
const narrow = inNarrowFrame(template as (args: WidgetArgs) => TemplateResult);

const team = [...seasonPlans, thisWeekPlan];

const meta: Meta<AgendaArgs> = {
  title: 'Reports/Agenda',
  component: 'preflight-agenda',
  render: template,
  args: { ...defaultArgs, now: TEAM_NOW, plan: thisWeekPlan, plans: undefined, config: undefined },
  argTypes: { ...widgetArgTypes, plans: { control: 'object' }, config: { control: 'object' } },
};
export default meta;

type Story = StoryObj<AgendaArgs>;

/** One plan, Thursday: the approvals review. */
export const OnePlan: Story = {};
/** The whole team's plans: each line names its campaign. */
export const ManyPlans: Story = { args: { plan: undefined, plans: team } };
/** Monday planning: new requests and each role's week. */
export const Monday: Story = { args: { plan: undefined, plans: team, now: '2026-08-17T08:00:00Z' } };
/** Wednesday blocker check: breached reviews, blockers without an owner or a due date first. */
export const Wednesday: Story = { args: { now: '2026-08-19T17:00:00Z' } };
/** Friday review: learnings and who got things done. */
export const Friday: Story = { args: { plan: undefined, plans: team, now: '2026-08-21T08:00:00Z' } };
/** No plans at all: what to do next. */
export const Empty: Story = { args: { plan: undefined, plans: [] } };
/** Text shaped like markup and Markdown shows as written. */
export const MarkupInText: Story = { args: { plan: markupPlan } };
/** One plan cannot be read: it is named by path and the others make the agenda. */
export const InvalidInput: Story = { args: { plan: undefined, plans: [thisWeekPlan, invalid] } };
/** Sixty plans: every line names its campaign. */
export const Large: Story = { args: { plan: undefined, plans: manyPlans(60) } };
export const Dark: Story = { args: { theme: 'dark', plan: undefined, plans: team }, globals: DARK_GLOBALS };
/** In a 20rem frame, as in a narrow Notion column. */
export const Narrow: Story = { render: narrow };
export const NarrowDark: Story = { args: { theme: 'dark' }, globals: DARK_GLOBALS, render: narrow };
