import { checklistProgress, isFailing, roleLabel, worstState, type Plan, type Readiness, type ReadinessState } from '@preflight/core';
import type { PlatformId } from '@preflight/core';
import type { TeamStatus } from '../team/status.js';
import type { FactOrigin } from '../platforms/types.js';

/** A linked plan's open items, read from the plan for the panel. */
export interface PlanSummary {
  id: string;
  name: string;
  openGates: { id: string; label: string; owner?: string; due?: string }[];
  openBlockers: { id: string; title: string; owner?: string; due?: string; severity: string }[];
}

/** The verdict on one campaign in view. */
export interface CampaignVerdict {
  campaignKey: string;
  /** The campaign's name as read from the page (shown as text), when it was found. */
  name?: string;
  readiness: Readiness;
  /** The facts read, each with the level it was read at and from what (the page or an API). */
  read?: ({ fact: string } & FactOrigin)[];
  /** The facts this page could not show: named in the panel, not judged. */
  unread?: string[];
  /** Dates whose day and month could be either way round on this page: judged as read, and named with the reading taken (`2026-09-10`). */
  doubtful?: { fact: string; date: string }[];
  /** Why the platform's API, turned on, gave nothing (the page's facts were used). */
  apiProblem?: string;
  /** The API was not open here, no fault: the facts came from the page only (a quiet note). */
  apiNote?: string;
  plan?: PlanSummary;
  /** Set when the campaign is linked to a team plan: its connection (the plan above is its last copy). */
  team?: TeamStatus;
}

/** What a tab shows: every campaign in view, or why the page could not be read. */
export interface TabVerdict {
  platform: PlatformId;
  platformTitle: string;
  url: string;
  campaigns: CampaignVerdict[];
  /** Set when the adapter failed: the panel says it could not read the page. */
  error?: string;
  /** When the checks ran (ISO). */
  checkedAt: string;
}

/** Failing checks: findings that cost something or block; info notes are not failures. */
export function failingCount(verdict: TabVerdict): number {
  return verdict.campaigns.reduce((n, c) => n + c.readiness.findings.filter(isFailing).length, 0);
}

/** The worst state across the campaigns in view; a page that could not be read is at risk. */
export function overallState(verdict: TabVerdict): ReadinessState {
  return worstState(
    verdict.campaigns.map((c) => c.readiness.state),
    verdict.error || verdict.campaigns.length === 0 ? 'at-risk' : 'ready',
  );
}

export function lowestScore(verdict: TabVerdict): number | undefined {
  if (!verdict.campaigns.length) return undefined;
  return Math.min(...verdict.campaigns.map((c) => c.readiness.score));
}

/** Open gates and open blockers of a plan: what the panel lists under the linked plan, owners with the person who holds the role. */
export function summarisePlan(plan: Plan): PlanSummary {
  return {
    id: plan.id,
    name: plan.campaign.name,
    openGates: checklistProgress(plan).openGates.map((item) => ({ id: item.id, label: item.label, owner: item.owner && roleLabel(plan, item.owner), due: item.due })),
    openBlockers: plan.blockers
      .filter((b) => b.status === 'open')
      .map((b) => ({ id: b.id, title: b.title, owner: b.owner && roleLabel(plan, b.owner), due: b.due, severity: b.severity })),
  };
}
