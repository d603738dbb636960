import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../define/preflight-metrics.js';
import type { Plan } from '@preflight/core';
import { makePlan } from '../../../core/src/testing/factories.js';
import { invalid } from '../stories/plans.js';
import { DARK_GLOBALS, defaultArgs, inNarrowFrame, widgetArgTypes, type WidgetArgs } from '../stories/story-kit.js';
import { manyPlans, seasonPlans, TEAM_NOW, thisWeekPlan, type ReportArgs } from '../stories/story-team-plans.js';

type MetricsArgs = ReportArgs;

/** The template every story of the metrics uses. */
const template = (args: MetricsArgs): TemplateResult =>
  html`<preflight-metrics .plans=${args.plans} .plan=${args.plan} .config=${args.config} theme=${args.theme} now=${args.now}></preflight-metrics>`;
const narrow = inNarrowFrame(template as (args: WidgetArgs) => TemplateResult);

const team = [...seasonPlans, thisWeekPlan];
/** Plans just started: nothing launched, decided or raised yet. */
const fresh: Plan[] = [makePlan({ id: 'fresh-1' }), makePlan({ id: 'fresh-2', campaign: { ...makePlan().campaign, name: '2026q4_na_email_holiday' } })];

const meta: Meta<MetricsArgs> = {
  title: 'Reports/Metrics',
  component: 'preflight-metrics',
  render: template,
  args: { ...defaultArgs, now: TEAM_NOW, plans: team, plan: undefined, config: undefined },
  argTypes: { ...widgetArgTypes, plans: { control: 'object' }, config: { control: 'object' } },
};
export default meta;

type Story = StoryObj<MetricsArgs>;

/** A season of plans: six launched, two on their way. */
export const ManyPlans: Story = {};
/** One launched plan, given as `.plan`. */
export const OnePlan: Story = { args: { plans: undefined, plan: seasonPlans[3] } };
/** No plans at all: what to do next. */
export const Empty: Story = { args: { plans: [] } };
/** Plans with nothing measured yet: which records make the figures. */
export const NothingMeasured: Story = { args: { plans: fresh } };
/** Fortnightly sprints: the same plans counted in two-week sprints. */
export const Fortnights: Story = { args: { config: { sprint: { lengthDays: 14 } } } };
/** One plan cannot be read: it is named by path and the others are measured. */
export const InvalidInput: Story = { args: { plans: [...team, invalid] } };
/** Sixty plans: a year of a busy team. */
export const Large: Story = { args: { plans: manyPlans(60) } };
export const BadConfig: Story = { args: { config: { sprint: { lengthDays: 0 } } } };
export const Dark: Story = { args: { theme: 'dark' }, globals: DARK_GLOBALS };
/** In a 20rem frame, as in a narrow Notion column. */
export const Narrow: Story = { render: narrow };
export const NarrowDark: Story = { args: { theme: 'dark' }, globals: DARK_GLOBALS, render: narrow };
