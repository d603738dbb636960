/** The shared words of campaign operations. One definition each, so every widget can explain them. */

export const LAYERS = ['strategy', 'execution', 'operations'] as const;
export type Layer = (typeof LAYERS)[number];

export const LIFECYCLE_STATES = ['draft', 'ready', 'approved', 'live', 'completed', 'paused', 'cancelled'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const CAMPAIGN_TYPES = ['webinar', 'product-launch', 'paid-social', 'email-nurture', 'event', 'other'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

/** The five execution killers: every blocker is filed under one. */
export const KILLERS = [
  'misalignment',
  'structural-bottleneck',
  'unclear-ownership',
  'poor-tooling',
  'feedback-loop-failure',
] as const;
export type Killer = (typeof KILLERS)[number];

/** Each killer as people name it. */
export const KILLER_TITLES: Readonly<Record<Killer, string>> = {
  misalignment: 'Misalignment',
  'structural-bottleneck': 'Structural bottleneck',
  'unclear-ownership': 'Unclear ownership',
  'poor-tooling': 'Poor tooling',
  'feedback-loop-failure': 'Feedback-loop failure',
};

export const BLOCKER_SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type BlockerSeverity = (typeof BLOCKER_SEVERITIES)[number];

export const REVIEW_KINDS = ['creative', 'brand', 'legal', 'launch', 'other'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const DECISIONS = ['approved', 'rejected', 'changes-requested'] as const;
export type Decision = (typeof DECISIONS)[number];

export const HANDOFFS = [
  'strategy-to-execution',
  'execution-to-operations',
  'operations-to-reporting',
  'reporting-to-strategy',
] as const;
export type Handoff = (typeof HANDOFFS)[number];

/** The eight default handoff gates, in the order a campaign meets them. */
export const GATES = [
  'brief-complete',
  'message-approved',
  'legal-brand-review',
  'landing-page-qa',
  'tracking-validation',
  'crm-source-capture',
  'sales-feedback',
  'monthly-reporting',
] as const;
export type GateId = (typeof GATES)[number];

export const MILESTONE_KINDS = [
  'brief-approved',
  'creative-finalised',
  'tracking-qa-passed',
  'campaign-launched',
  'first-50-leads',
  'custom',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const PLATFORMS = ['hubspot', 'salesforce', 'google-ads', 'meta', 'linkedin'] as const;
export type PlatformId = (typeof PLATFORMS)[number];

/**
 * The RACI letters, in the order a cell cycles through them and a CSV cell lists them: each one's
 * list in a step's `raci` and its name.
 */
export const RACI_LETTERS = [
  { letter: 'R', key: 'responsible', name: 'Responsible' },
  { letter: 'A', key: 'accountable', name: 'Accountable' },
  { letter: 'C', key: 'consulted', name: 'Consulted' },
  { letter: 'I', key: 'informed', name: 'Informed' },
] as const;
type RaciLetterEntry = (typeof RACI_LETTERS)[number];
export type RaciLetter = RaciLetterEntry['letter'];
/** The list of a step's `raci` a letter puts a role in. */
export type RaciKey = RaciLetterEntry['key'];
/** Each letter's entry, by the letter. */
export const RACI_BY_LETTER = Object.fromEntries(RACI_LETTERS.map((entry) => [entry.letter, entry])) as Readonly<Record<RaciLetter, RaciLetterEntry>>;

/** A plan's readiness state as every surface names it (the badge, a row's findings, the extension's panel). */
export const STATE_TITLES: Readonly<Record<'ready' | 'at-risk' | 'blocked', string>> = { ready: 'Ready', 'at-risk': 'At risk', blocked: 'Blocked' };

/** A finding's severity as every surface names it (a finding's label, a digest line). */
export const SEVERITY_TITLES: Readonly<Record<'blocker' | 'warning' | 'info', string>> = { blocker: 'Blocking', warning: 'Warning', info: 'Note' };

export const GLOSSARY: Readonly<Record<LifecycleState | 'blocked' | 'at-risk', string>> = {
  draft: 'Being planned; nothing is promised yet.',
  ready: 'The brief is complete, the RACI is valid, and no planning gate is open.',
  approved: "The launch approval was given by the launch step's Accountable (or its named backup).",
  live: 'Launched, with tracking validated.',
  completed: 'The post-launch review is done and its learnings are recorded.',
  paused: 'Stopped for now; it keeps its plan and can resume.',
  cancelled: 'Stopped for good; kept for the record.',
  blocked: 'A blocking finding or a due gate stops the launch.',
  'at-risk': 'Warnings or crossed thresholds need attention before launch.',
};

export const GATE_TITLES: Readonly<Record<GateId, string>> = {
  'brief-complete': 'Strategy brief complete — before campaign production',
  'message-approved': 'Message and offer approved — before asset creation',
  'legal-brand-review': 'Legal and brand review passed',
  'landing-page-qa': 'Landing page QA (final URL, HTTPS 200, UTMs survive redirects) — before launch',
  'tracking-validation': 'Tracking validation (UTMs, conversion events) — before spend increases',
  'crm-source-capture': 'CRM source capture (hidden UTM fields, first/last touch) — before lead review',
  'sales-feedback': 'Sales feedback — before optimisation',
  'monthly-reporting': 'Monthly reporting — before strategic changes',
};
