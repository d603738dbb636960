import type { Approval, Plan, Step } from '../plan/schema.js';
import type { LifecycleState } from '../plan/vocabulary.js';
import { missingBriefAnswers } from '../brief/questions.js';
import { isLaunchGate, isOpenGate, isPlanningGate } from '../checklist/gates.js';
import { isRaciValid } from '../raci/checks.js';
import { LAUNCH_STEP_ID, mayDecide } from '../approvals/deciders.js';
import { toMs } from '../time/instant.js';

export { LAUNCH_STEP_ID };
/** The step whose completion is the post-launch review. */
export const REVIEW_STEP_ID = 'performance-review';

/**
 * A launch approval counts only when given by someone who may decide it: the Accountable of its step,
 * or the step's named backup (see approvalDeciders). Nobody else can sign off.
 */
export function launchApproval(plan: Plan): Approval | undefined {
  return plan.approvals.find((a) => a.kind === 'launch' && a.decision === 'approved' && a.decidedBy !== undefined && mayDecide(a, plan, a.decidedBy));
}

export const reviewStep = (plan: Plan): Step | undefined => plan.steps.find((s) => s.id === REVIEW_STEP_ID);

/** The step that holds the launch approval: the one a launch approval names, else the default launch step. */
export const launchStep = (plan: Plan): Step | undefined => {
  const id = plan.approvals.find((a) => a.kind === 'launch' && a.stepId !== undefined)?.stepId ?? LAUNCH_STEP_ID;
  return plan.steps.find((s) => s.id === id);
};

/**
 * The learnings of the review: a log entry about the review step, or one about the campaign written
 * at or after the instant the step was done (a campaign's log holds much else from before).
 */
function learningsRecorded(plan: Plan, step: Step): boolean {
  return (plan.log ?? []).some(
    (e) => (e.target?.kind === 'step' && e.target.id === step.id) || (e.target?.kind === 'campaign' && step.doneAt !== undefined && toMs(e.at) >= toMs(step.doneAt)),
  );
}

type Condition = (plan: Plan) => string | undefined;

const READY: Condition[] = [
  (plan) => (missingBriefAnswers(plan.brief).length ? 'the brief is incomplete' : undefined),
  (plan) => (plan.steps.length && plan.steps.every(isRaciValid) ? undefined : 'the RACI is not valid'),
  (plan) => {
    const open = plan.checklist.filter((i) => isPlanningGate(i) && isOpenGate(i));
    return open.length ? `planning gate ${open.map((i) => `"${i.label}"`).join(', ')} is open` : undefined;
  },
];
const APPROVED: Condition[] = [
  ...READY,
  (plan) => (launchApproval(plan) ? undefined : "no launch approval was given by the launch step's Accountable or its backup"),
];
const LIVE: Condition[] = [
  ...APPROVED,
  (plan) => {
    const open = plan.checklist.filter((i) => isLaunchGate(i) && isOpenGate(i));
    return open.length ? `launch gate ${open.map((i) => `"${i.label}"`).join(', ')} is open` : undefined;
  },
  (plan) => (plan.milestones.some((m) => m.kind === 'tracking-qa-passed' && m.actual === undefined) ? 'tracking QA has not passed' : undefined),
];
const COMPLETED: Condition[] = [
  ...LIVE,
  (plan) => {
    const step = reviewStep(plan);
    if (!step) return 'the plan has no post-launch review step';
    if (step.doneAt === undefined) return 'the post-launch review is not done';
    return learningsRecorded(plan, step) ? undefined : 'the learnings of the post-launch review are not recorded';
  },
];

/** What each state promises, cumulatively: approved implies ready, live implies approved, and so on. */
const DEFINITIONS: Partial<Record<LifecycleState, Condition[]>> = { ready: READY, approved: APPROVED, live: LIVE, completed: COMPLETED };

/** The parts of a state's definition the campaign does not meet (empty when it does, or when the state promises nothing). */
export function unmetDefinitionOf(plan: Plan, state: LifecycleState): string[] {
  return (DEFINITIONS[state] ?? []).flatMap((condition) => condition(plan) ?? []);
}

/** The parts of its state's definition the campaign does not meet (empty when it does). */
export function unmetDefinition(plan: Plan): string[] {
  return unmetDefinitionOf(plan, plan.campaign.state);
}
