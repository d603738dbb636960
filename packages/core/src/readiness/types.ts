import type { Severity } from '../config/schema.js';

export type TargetKind = 'campaign' | 'brief' | 'step' | 'role' | 'blocker' | 'item' | 'milestone' | 'approval' | 'action' | 'fact';

/** What a finding is about: the widget row, item or platform fact to mark. */
export interface Target {
  kind: TargetKind;
  id: string;
}

/** One reason the campaign is not (yet) ready, explained so the right person can act. */
export interface Finding {
  /** Stable rule id, e.g. `raci.one-accountable`. */
  ruleId: string;
  severity: Severity;
  message: string;
  target: Target;
  /** Who should act (a role or person named in the plan); absent when nobody is named. */
  owner?: string;
  /** What to do about it. */
  fix: string;
  /** Score points this finding costs. */
  points: number;
}

export type ReadinessState = 'ready' | 'at-risk' | 'blocked';

export interface Readiness {
  state: ReadinessState;
  /** 0–100: 100 minus the points of every finding, never below 0. */
  score: number;
  findings: Finding[];
}

/** A rule is data plus a pure function. */
export interface RuleDefinition {
  id: string;
  title: string;
  severity: Severity;
  /** What the rule is for, in a sentence: shown in popovers. */
  rationale: string;
  /** A threshold rule: its finding puts the plan at risk whatever severity the team gives it. */
  crossesThreshold?: true;
}
