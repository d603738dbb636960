import type { Finding } from '@preflight/core';
import type { WidgetName } from './embed/config.js';

/** Where a rule's findings are fixed, by the rule's family; the target's kind decides the rest. */
const BY_RULE: readonly [prefix: string, section: WidgetName][] = [
  ['lifecycle.', 'brief'],
  ['brief.', 'brief'],
  ['campaign.', 'brief'],
  ['raci.', 'raci'],
  ['step.', 'timeline'],
  ['milestone.', 'timeline'],
  ['blocker.', 'blocker-log'],
  ['approval.', 'approvals'],
  ['threshold.blocked-approvals', 'approvals'],
  ['threshold.launch-delay', 'timeline'],
  ['threshold.reporting-confidence', 'actions'],
  ['action.', 'actions'],
  ['gate.', 'checklist'],
  ['checklist.', 'checklist'],
];
const BY_TARGET: Partial<Record<Finding['target']['kind'], WidgetName>> = {
  campaign: 'brief',
  brief: 'brief',
  step: 'timeline',
  role: 'raci',
  item: 'checklist',
  approval: 'approvals',
  blocker: 'blocker-log',
  milestone: 'timeline',
  action: 'actions',
};

/**
 * The section of the plan page where a finding is fixed: the brief for the campaign and the brief, the
 * RACI for its rules, the timeline for steps and milestones, corrective actions and the figures they are
 * measured by in their own section, and so on. Undefined when no section edits what it is about.
 */
export function fixSection(finding: Pick<Finding, 'ruleId' | 'target'>): WidgetName | undefined {
  return BY_RULE.find(([prefix]) => finding.ruleId.startsWith(prefix))?.[1] ?? BY_TARGET[finding.target.kind];
}
