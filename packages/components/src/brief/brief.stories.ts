import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../define/preflight-brief.js';
import type { LifecycleState, Plan } from '@preflight/core';
import { atRisk, healthy, invalid, large, overdue } from '../stories/plans.js';
import { DARK_GLOBALS, defaultArgs, inNarrowFrame, widgetArgTypes, type WidgetArgs } from '../stories/story-kit.js';
import { teamStoryStore, type TeamStoryState } from '../stories/team.js';

/** The template every story of the campaign brief uses. */
const template = (args: WidgetArgs): TemplateResult =>
  html`<preflight-brief .plan=${args.plan} theme=${args.theme} ?readonly=${args.readonly} now=${args.now}></preflight-brief>`;

const keyResults = [
  { id: 'kr-1', name: 'Webinar registrations', target: 500, current: 320 },
  { id: 'kr-2', name: 'Sales-accepted leads', target: 60 },
];
const withBrief = (plan: Plan, state: LifecycleState, brief: Partial<Plan['brief']> = {}): Plan => ({ ...plan, campaign: { ...plan.campaign, state }, brief: { ...plan.brief, ...brief } });

const meta: Meta<WidgetArgs> = {
  title: 'Widgets/Campaign brief',
  component: 'preflight-brief',
  render: template,
  args: { ...defaultArgs, plan: withBrief(healthy, 'ready', { keyResults }) },
  argTypes: widgetArgTypes,
};
export default meta;

type Story = StoryObj<WidgetArgs>;

/** Ready, approved by the launch step's Accountable: the next move is Approved. */
export const Healthy: Story = {};
/** A new campaign: nothing in the brief yet, every field still to fill in. */
export const Empty: Story = { args: { plan: withBrief(healthy, 'draft', { objective: undefined, okr: undefined, audience: undefined, offer: undefined, systems: undefined, deadline: undefined, successMetric: undefined, successTarget: undefined }) } };
export const AtRisk: Story = { args: { plan: withBrief(atRisk, 'draft', { successTarget: '' }) } };
/** Marked ready with an incomplete brief and a step with no Accountable: the state's definition is not met. */
const unaccountable: Plan = { ...healthy, id: 'story-brief-blocked', steps: healthy.steps.map((s, i) => (i === 0 ? { ...s, raci: { ...s.raci, accountable: [] } } : s)) };
export const Blocked: Story = { args: { plan: withBrief(unaccountable, 'ready', { objective: '', audience: undefined }) } };
/** Live without the launch approval and with launch gates open past their dates. */
export const Overdue: Story = { args: { plan: withBrief(overdue, 'live', { keyResults }) } };
/** Long answers, many systems and key results. */
export const Large: Story = {
  args: {
    plan: withBrief(large, 'draft', {
      objective: 'Grow qualified pipeline from mid-market accounts in EMEA by a third this quarter, with a repeatable webinar programme the regional teams can run without central help. '.repeat(3),
      systems: Array.from({ length: 12 }, (_, i) => `System ${i + 1}`),
      keyResults: Array.from({ length: 12 }, (_, i) => ({ id: `kr-${i + 1}`, name: `Key result ${i + 1}: accounts engaged in region ${i + 1}`, target: (i + 1) * 100, current: i * 80 })),
    }),
  },
};
export const Dark: Story = { args: { plan: withBrief(atRisk, 'draft', { keyResults }), theme: 'dark' }, globals: DARK_GLOBALS };
export const ReadOnly: Story = { args: { plan: withBrief(healthy, 'approved', { keyResults }), readonly: true } };
export const InvalidInput: Story = { args: { plan: invalid } };
export const NoPlan: Story = { args: { plan: undefined } };
/** In a 20rem frame, as in a narrow Notion column. */
export const Narrow: Story = { args: { plan: withBrief(unaccountable, 'draft', { keyResults, offer: '' }) }, render: inNarrowFrame(template) };
/** Paused: it resumes where its plan stands. */
export const Paused: Story = { args: { plan: withBrief(healthy, 'paused', { keyResults }) } };
/** Cancelled: kept for the record, no moves. */
export const Cancelled: Story = { args: { plan: withBrief(healthy, 'cancelled'), theme: 'dark' }, globals: DARK_GLOBALS };
/** Live with its post-launch review done: the learnings are recorded here, and Completed needs them. */
const reviewed = (plan: Plan): Plan => ({ ...plan, steps: plan.steps.map((s) => (s.id === 'performance-review' ? { ...s, doneAt: '2026-09-20T15:00:00Z' } : s)) });
export const LiveLearnings: Story = { args: { plan: withBrief(reviewed(healthy), 'live', { keyResults }) } };
/** The learnings recorded, in the log about the review step: the campaign may be completed. */
export const LearningsRecorded: Story = {
  args: {
    plan: {
      ...withBrief(reviewed(healthy), 'live', { keyResults }),
      log: [{ at: '2026-09-21T10:00:00Z', by: 'Ops lead', summary: 'Learnings: Reminders sent the day before doubled attendance; the Tuesday slot filled fastest.', target: { kind: 'step', id: 'performance-review' } }],
    },
    theme: 'dark',
  },
  globals: DARK_GLOBALS,
};
/** Markup in every text field is shown as text. */
export const MarkupAsText: Story = {
  args: { plan: { ...withBrief(healthy, 'draft', { objective: '<img src=x onerror=alert(1)> <b>bold?</b>', keyResults: [{ id: 'kr-1', name: '<script>alert(1)</script>', target: 1 }] }), campaign: { ...healthy.campaign, name: '<i>not italic</i>' } } },
};

/** Bound to a team plan (as with `sync`, but over a document alone): the strip shows the connection and who else is here. */
const shared =
  (state: TeamStoryState) =>
  (args: WidgetArgs): TemplateResult =>
    html`<preflight-brief plan-id=${(args.plan as Plan).id} .store=${teamStoryStore(args.plan as Plan, state)} theme=${args.theme} now=${args.now}></preflight-brief>`;
/** A team plan, live, two others here. */
export const Shared: Story = { render: shared('live') };
/** A team plan seen with a viewer's link. */
export const SharedReadOnly: Story = { render: shared('read-only') };
