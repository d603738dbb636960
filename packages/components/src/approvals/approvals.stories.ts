import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../define/preflight-approvals.js';
import type { Approval, LogEntry, Plan } from '@preflight/core';
import { makeApproval, makeLaunchApproval, makePlan, makeStep } from '../../../core/src/testing/factories.js';
import { healthy, invalid } from '../stories/plans.js';
import { DARK_GLOBALS, defaultArgs, inNarrowFrame, widgetArgTypes, type WidgetArgs } from '../stories/story-kit.js';
import { teamStoryStore, type TeamStoryState } from '../stories/team.js';

interface ApprovalsArgs extends WidgetArgs {
  /** The role acting here; unset, the element asks. */
  actor: string | undefined;
  /** Team rules (business hours, time zone), only what differs from the defaults. */
  config: unknown;
}

/** The template every story of the reviews uses. */
const template = (args: ApprovalsArgs): TemplateResult =>
  html`<preflight-approvals .plan=${args.plan} .config=${args.config} actor=${ifDefined(args.actor)} theme=${args.theme} ?readonly=${args.readonly} now=${args.now}></preflight-approvals>`;

// Stories are judged at 2026-08-20 09:00 UTC (a Thursday).
const log = (approval: Approval, by: string, summary: string, at = approval.requestedAt): LogEntry => ({ at, by, summary, target: { kind: 'approval', id: approval.id } });

const brandWaiting = makeApproval({ id: 'apr-brand', kind: 'brand', stepId: 'creative-production', requestedAt: '2026-08-19T10:00:00Z', requestedFrom: 'Brand' });
const launchApproved = makeLaunchApproval({ id: 'apr-launch', requestedAt: '2026-08-14T09:00:00Z', decidedAt: '2026-08-15T10:00:00Z' });
const withReviews = (id: string, approvals: Approval[], entries: LogEntry[] = []): Plan => makePlan({ ...healthy, id, approvals, log: entries });

/** One review waiting with its clock running, one decided. */
const healthyPlan = withReviews('story-reviews-healthy', [brandWaiting, launchApproved], [
  log(launchApproved, 'Campaign manager', 'Requested the launch review of "Launch approval" from Marketing director.'),
  log(launchApproved, 'Marketing director', 'Approved: the launch review. Launch on the 1st as planned.', launchApproved.decidedAt),
  log(brandWaiting, 'Campaign manager', 'Requested the brand review of "Creative production" from Brand.'),
]);

/** A brand review just past its SLA: its Accountable is notified, the backup is next. */
const breachedBrand = makeApproval({ id: 'apr-brand-late', kind: 'brand', stepId: 'creative-production', requestedAt: '2026-08-18T06:00:00Z', requestedFrom: 'Brand' });
const atRiskPlan = withReviews('story-reviews-at-risk', [breachedBrand, launchApproved]);

/** Sent back, rejected and a launch review past its SLA: enough blocked reviews to need a corrective action. */
const rejectedLegal = makeApproval({ id: 'apr-legal', kind: 'legal', stepId: 'launch-approval', requestedAt: '2026-08-12T09:00:00Z', decision: 'rejected', decidedAt: '2026-08-13T15:00:00Z', decidedBy: 'Marketing director' });
const sentBack = makeApproval({ id: 'apr-creative', kind: 'creative', stepId: 'creative-production', requestedAt: '2026-08-13T09:00:00Z', decision: 'changes-requested', decidedAt: '2026-08-14T11:00:00Z', decidedBy: 'Demand gen lead' });
const launchLate = makeApproval({ id: 'apr-launch-late', requestedAt: '2026-08-17T09:00:00Z' });
const blockedPlan = withReviews('story-reviews-blocked', [launchLate, rejectedLegal, sentBack], [
  log(rejectedLegal, 'Marketing director', 'Rejected: the legal review. The offer terms promise a refund we cannot give.', rejectedLegal.decidedAt),
  log(sentBack, 'Demand gen lead', 'Changes requested: the creative review. Use the approved logo lockup\nand shorten the headline.', sentBack.decidedAt),
]);

/** Long past its SLA: the ladder has reached its top. */
const overduePlan = withReviews('story-reviews-overdue', [makeApproval({ id: 'apr-launch-old', requestedAt: '2026-08-06T09:00:00Z' })]);

/** Fifty steps, each with a review waiting or decided. */
const largePlan: Plan = (() => {
  const steps = Array.from({ length: 50 }, (_, i) => makeStep({ id: `step-${i}`, name: `Workstream ${i + 1}` }, undefined));
  const approvals = steps.map((s, i) =>
    makeApproval({
      id: `apr-${i}`,
      kind: (['creative', 'brand', 'legal', 'launch', 'other'] as const)[i % 5],
      stepId: s.id,
      requestedAt: `2026-08-${String(10 + (i % 10)).padStart(2, '0')}T09:00:00Z`,
      ...(i % 3 === 0 ? { decision: 'approved' as const, decidedAt: '2026-08-19T12:00:00Z', decidedBy: 'Demand gen lead' } : {}),
    }),
  );
  return makePlan({ ...healthy, id: 'story-reviews-large', steps, approvals });
})();

/** Berlin office hours, Monday to Friday 9–17: the clock pauses overnight. */
const OFFICE = { timeZone: 'Europe/Berlin', approvals: { businessHours: { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5] } } };

const meta: Meta<ApprovalsArgs> = {
  title: 'Widgets/Reviews',
  component: 'preflight-approvals',
  render: template,
  args: { ...defaultArgs, plan: healthyPlan, actor: undefined, config: undefined },
  argTypes: { ...widgetArgTypes, actor: { control: 'select', options: [undefined, ...healthy.roles] }, config: { control: 'object' } },
};
export default meta;

type Story = StoryObj<ApprovalsArgs>;

export const Healthy: Story = {};
/** Who is acting is known: requests and decisions are stamped with it. */
export const ActingAsAccountable: Story = { args: { actor: 'Marketing director', plan: blockedPlan } };
export const Empty: Story = { args: { plan: makePlan({ ...healthy, id: 'story-reviews-empty', approvals: [] }) } };
export const AtRisk: Story = { args: { plan: atRiskPlan } };
export const Blocked: Story = { args: { plan: blockedPlan } };
export const Overdue: Story = { args: { plan: overduePlan } };
/** The team counts SLAs in Berlin office hours: at 20:00 in Berlin the clock is paused until the morning. */
export const BusinessHours: Story = { args: { plan: healthyPlan, config: OFFICE, now: '2026-08-20T18:00:00Z' } };
export const Large: Story = { args: { plan: largePlan } };
export const Dark: Story = { args: { plan: blockedPlan, theme: 'dark', actor: 'Demand gen lead' }, globals: DARK_GLOBALS };
export const ReadOnly: Story = { args: { plan: blockedPlan, readonly: true } };
/** The brand review the "Message and offer approved" gate rests on, waiting: its row says which gate it backs, and the request form offers the gate. */
const backsGate: Plan = {
  ...withReviews('story-reviews-backs-gate', [brandWaiting, launchApproved], [log(brandWaiting, 'Campaign manager', 'Requested the brand review of "Creative production" from Brand.')]),
  checklist: healthy.checklist.map((i) => (i.gateId === 'message-approved' ? { ...i, approvalId: brandWaiting.id } : i)),
};
export const BacksTheMessageGate: Story = { args: { plan: backsGate, actor: 'Campaign manager' } };
export const InvalidInput: Story = { args: { plan: invalid } };
export const BadConfig: Story = { args: { config: { approvals: { businessHours: { startHour: 30 } } } } };
export const NoPlan: Story = { args: { plan: undefined } };
/** In a 20rem frame, as in a narrow Notion column. */
export const Narrow: Story = { args: { plan: atRiskPlan }, render: inNarrowFrame(template as (args: WidgetArgs) => TemplateResult) };
export const NarrowDark: Story = { args: { plan: blockedPlan, theme: 'dark' }, globals: DARK_GLOBALS, render: inNarrowFrame(template as (args: WidgetArgs) => TemplateResult) };

/** Bound to a team plan (as with `sync`, but over a document alone): the strip shows the connection and who else is here. */
const shared =
  (state: TeamStoryState) =>
  (args: ApprovalsArgs): TemplateResult =>
    html`<preflight-approvals plan-id=${(args.plan as Plan).id} .store=${teamStoryStore(args.plan as Plan, state)} theme=${args.theme} now=${args.now}></preflight-approvals>`;
export const Shared: Story = { render: shared('live') };
export const SharedOffline: Story = { render: shared('offline') };
export const SharedReadOnly: Story = { render: shared('read-only') };
