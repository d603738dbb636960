import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define/preflight-actions.js';
import type { CorrectiveActionRecord, LogEntry, Plan } from '@preflight/core';
import { makeApproval, makePlan } from '../../../core/src/testing/factories.js';
import { blocked, healthy, invalid } from '../stories/plans.js';
import { DARK_GLOBALS, defaultArgs, inNarrowFrame, widgetArgTypes, type WidgetArgs } from '../stories/story-kit.js';
import { teamStoryStore, type TeamStoryState } from '../stories/team.js';

interface ActionsArgs extends WidgetArgs {
  /** The role acting here; unset, the element asks. */
  actor: string | undefined;
}

/** The template every story of the corrective actions uses. */
const template = (args: ActionsArgs): TemplateResult =>
  html`<preflight-actions .plan=${args.plan} actor=${ifDefined(args.actor)} theme=${args.theme} ?readonly=${args.readonly} now=${args.now}></preflight-actions>`;

// Stories are judged at 2026-08-20 09:00 UTC; the launch is on 2026-09-01.
const log = (action: CorrectiveActionRecord, by: string, summary: string, at: string): LogEntry => ({ at, by, summary, target: { kind: 'action', id: action.id } });

const secondApprover: CorrectiveActionRecord = { id: 'ca-1', action: 'Name a second approver for legal reviews', owner: 'Legal', due: '2026-08-27', status: 'open', source: 'threshold.blocked-approvals', raisedAt: '2026-08-17T10:00:00Z' };
const utmCheck: CorrectiveActionRecord = { id: 'ca-2', action: 'Check UTMs in the pre-flight before any spend', owner: 'Marketing ops', due: '2026-08-14', status: 'done', raisedAt: '2026-08-03T09:00:00Z', doneAt: '2026-08-12T15:30:00Z' };
const lateCapture: CorrectiveActionRecord = { id: 'ca-3', action: 'Fix form source capture on the event pages', owner: 'RevOps', due: '2026-08-18', status: 'open', source: 'threshold.reporting-confidence', raisedAt: '2026-08-10T09:00:00Z' };

/** Two blocked reviews: the threshold that asks for a corrective action. */
const blockedReviews = [
  makeApproval({ id: 'apr-legal', kind: 'legal', stepId: 'launch-approval', requestedAt: '2026-08-12T09:00:00Z', decision: 'rejected', decidedAt: '2026-08-13T15:00:00Z', decidedBy: 'Marketing director' }),
  makeApproval({ id: 'apr-creative', kind: 'creative', stepId: 'creative-production', requestedAt: '2026-08-13T09:00:00Z', decision: 'changes-requested', decidedAt: '2026-08-14T11:00:00Z', decidedBy: 'Demand gen lead' }),
];

const withActions = (id: string, fields: Partial<Plan>): Plan => makePlan({ ...healthy, id, ...fields });

/** One action answering a crossed threshold, one done, with their history. */
const healthyPlan = withActions('story-actions-healthy', {
  approvals: blockedReviews,
  correctiveActions: [secondApprover, utmCheck],
  reporting: { confidence: 97, reportsChecked: 40, defects: 1 },
  programs: { planned: 4, delivered: 3 },
  log: [
    log(utmCheck, 'Ops lead', 'Recorded the corrective action "Check UTMs in the pre-flight before any spend", owned by Marketing ops, due 2026-08-14.', utmCheck.raisedAt!),
    log(utmCheck, 'Marketing ops', 'Done: the corrective action "Check UTMs in the pre-flight before any spend".', utmCheck.doneAt!),
    log(secondApprover, 'Campaign manager', 'Recorded the corrective action "Name a second approver for legal reviews", owned by Legal, due 2026-08-27.', secondApprover.raisedAt!),
  ],
});

/** Thresholds crossed that nothing answers yet: blocked reviews and reporting below 95%. */
const crossedPlan = withActions('story-actions-crossed', { approvals: blockedReviews, reporting: { confidence: 88, reportsChecked: 25, defects: 3 } });

/** An action past its due date, the reporting threshold it answers still crossed. */
const overduePlan = withActions('story-actions-overdue', { correctiveActions: [lateCapture, utmCheck], reporting: { confidence: 90 } });

/** Thirty actions, as a long-running team's plan collects them. */
const largePlan = withActions('story-actions-large', {
  correctiveActions: Array.from({ length: 30 }, (_, i) => ({
    id: `ca-${i + 1}`,
    action: `Corrective action ${i + 1}: ${['tighten the brief template', 'add a backup approver', 'check tracking before spend', 'book legal a week earlier'][i % 4]}`,
    owner: healthy.roles[i % healthy.roles.length]!,
    due: `2026-08-${String(5 + (i % 24)).padStart(2, '0')}`,
    status: i % 3 === 0 ? ('done' as const) : ('open' as const),
  })),
});

const meta: Meta<ActionsArgs> = {
  title: 'Widgets/Corrective actions',
  component: 'preflight-actions',
  render: template,
  args: { ...defaultArgs, plan: healthyPlan, actor: undefined },
  argTypes: { ...widgetArgTypes, actor: { control: 'select', options: [undefined, ...healthy.roles] } },
};
export default meta;

type Story = StoryObj<ActionsArgs>;

export const Healthy: Story = {};
/** Who is acting is known: recorded, done and moved actions are stamped with it. */
export const ActingAsOwner: Story = { args: { actor: 'Campaign manager', plan: crossedPlan } };
export const Empty: Story = { args: { plan: makePlan({ ...healthy, id: 'story-actions-empty' }) } };
/** Thresholds crossed that nothing answers yet: the plan is at risk until the team records what it will change. */
export const AtRisk: Story = { args: { plan: crossedPlan } };
/** A blocked plan (its launch is days late against its date): the late launch asks for an action, and one recorded earlier is overdue. */
export const Blocked: Story = { args: { plan: { ...blocked, correctiveActions: [lateCapture], reporting: { confidence: 91 } }, now: '2026-09-06T09:00:00Z' } };
export const Overdue: Story = { args: { plan: overduePlan } };
export const Large: Story = { args: { plan: largePlan } };
export const Dark: Story = { args: { plan: overduePlan, theme: 'dark', actor: 'RevOps' }, globals: DARK_GLOBALS };
export const ReadOnly: Story = { args: { plan: healthyPlan, readonly: true } };
export const InvalidInput: Story = { args: { plan: invalid } };
export const NoPlan: Story = { args: { plan: undefined } };
/** In a 20rem frame, as in a narrow Notion column. */
export const Narrow: Story = { args: { plan: crossedPlan }, render: inNarrowFrame(template as (args: WidgetArgs) => TemplateResult) };
export const NarrowDark: Story = { args: { plan: overduePlan, theme: 'dark' }, globals: DARK_GLOBALS, render: inNarrowFrame(template as (args: WidgetArgs) => TemplateResult) };

/** Bound to a team plan (as with `sync`, but over a document alone): the strip shows the connection and who else is here. */
const shared =
  (state: TeamStoryState) =>
  (args: ActionsArgs): TemplateResult =>
    html`<preflight-actions plan-id=${(args.plan as Plan).id} .store=${teamStoryStore(args.plan as Plan, state)} theme=${args.theme} now=${args.now}></preflight-actions>`;
export const Shared: Story = { render: shared('live') };
export const SharedOffline: Story = { render: shared('offline') };
