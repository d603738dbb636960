import type { RulesConfig } from '../config/schema.js';
import type { Plan } from '../plan/schema.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import { blockedApprovals } from '../approvals/sla.js';
import { launchStep, reviewStep } from '../lifecycle/definitions.js';
import { campaignTarget, ruleContext, soleAccountable } from '../rules/context.js';
import type { RuleContext } from '../rules/context.js';
import { defineRule, hit } from '../rules/rule.js';
import { daysBetween } from '../time/instant.js';

export type ThresholdKey = keyof RulesConfig['thresholds'];

/** A crossed threshold, turned into an action item with someone to act on it. */
export interface CorrectiveAction {
  /** The rule id of the threshold, e.g. `threshold.launch-delay`. */
  id: string;
  threshold: ThresholdKey;
  message: string;
  owner?: string;
  /** The measured figure and the configured limit it crossed. */
  value: number;
  limit: number;
}

/**
 * Days the launch is late against `campaign.launchDate`: the launched milestone's actual date,
 * else its planned date, else — while not launched — how long the launch date has passed.
 */
export function launchDelayDays(plan: Plan, today: string): number | undefined {
  const launchDate = plan.campaign.launchDate;
  if (!launchDate || plan.campaign.state === 'cancelled') return undefined;
  const milestone = plan.milestones.find((m) => m.kind === 'campaign-launched');
  const launched = milestone?.actual !== undefined || plan.campaign.state === 'live' || plan.campaign.state === 'completed';
  const delays = [milestone ? daysBetween(launchDate, milestone.actual ?? milestone.planned) : 0, launched ? 0 : daysBetween(launchDate, today)];
  return Math.max(...delays);
}

type Measure = (ctx: RuleContext) => CorrectiveAction | undefined;

const action = (fields: Omit<CorrectiveAction, 'owner'>, owner: string | undefined): CorrectiveAction =>
  owner === undefined ? fields : { ...fields, owner };

const measureBlockedApprovals: Measure = ({ plan, nowMs, config }) => {
  const blocked = blockedApprovals(plan, nowMs, config).length;
  const limit = config.thresholds.blockedApprovals;
  return blocked >= limit
    ? action({ id: 'threshold.blocked-approvals', threshold: 'blockedApprovals', value: blocked, limit, message: `${blocked} approvals are blocked (past their SLA, rejected or sent back); ${limit} or more needs a corrective action.` }, plan.campaign.owner ?? soleAccountable(launchStep(plan)))
    : undefined;
};

const measureLaunchDelay: Measure = ({ plan, today, config }) => {
  const delay = launchDelayDays(plan, today);
  const limit = config.thresholds.launchDelayDays;
  return delay !== undefined && delay > limit
    ? action({ id: 'threshold.launch-delay', threshold: 'launchDelayDays', value: delay, limit, message: `The launch is ${delay} days late against ${plan.campaign.launchDate}; more than ${limit} needs a corrective action.` }, plan.campaign.owner ?? soleAccountable(launchStep(plan)))
    : undefined;
};

const measureReportingConfidence: Measure = ({ plan, config }) => {
  const confidence = plan.reporting?.confidence;
  const limit = config.thresholds.reportingConfidence;
  return confidence !== undefined && confidence < limit
    ? action({ id: 'threshold.reporting-confidence', threshold: 'reportingConfidence', value: confidence, limit, message: `Reporting confidence is ${confidence}%, below ${limit}%.` }, soleAccountable(reviewStep(plan)) ?? plan.campaign.owner)
    : undefined;
};

const MEASURES = [measureBlockedApprovals, measureLaunchDelay, measureReportingConfidence];

/** Threshold crossings as action items, each with an owner. */
export function correctiveActions(plan: Plan, now: string, config: RulesConfig = DEFAULT_CONFIG): CorrectiveAction[] {
  const ctx = ruleContext(plan, now, config);
  return MEASURES.flatMap((measure) => measure(ctx) ?? []);
}

const thresholdRule = (id: string, title: string, rationale: string, fix: string, measure: Measure) =>
  defineRule({
    id,
    title,
    severity: 'warning',
    rationale,
    crossesThreshold: true,
    check: (ctx) => {
      const crossed = measure(ctx);
      return crossed ? [hit(campaignTarget(ctx.plan), crossed.message, fix, crossed.owner)] : [];
    },
  });

export const THRESHOLD_RULES = [
  thresholdRule(
    'threshold.blocked-approvals',
    'Approvals are not piling up',
    'Several blocked approvals at once mean the review process, not one reviewer, is the bottleneck.',
    'Hold a decision session with the Accountables, or escalate the oldest approvals.',
    measureBlockedApprovals,
  ),
  thresholdRule(
    'threshold.launch-delay',
    'The launch keeps its date',
    'A launch more than a few days late needs a corrective plan, not another slipped date.',
    'Agree a recovery plan and a new launch date with the campaign owner.',
    measureLaunchDelay,
  ),
  thresholdRule(
    'threshold.reporting-confidence',
    'Reporting can be trusted',
    'Below the confidence threshold, decisions made on the reports are guesses.',
    'Fix source capture and tracking until the reports reach the confidence threshold.',
    measureReportingConfidence,
  ),
];
