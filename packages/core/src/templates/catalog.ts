import type { CampaignType, GateId, Handoff, Layer } from '../plan/vocabulary.js';
import { DEFAULT_RACI, type DefaultRaciRow } from '../raci/default-raci.js';

/** A workflow step as a template writes it: dates are days relative to the launch date. */
export interface StepSpec extends Omit<DefaultRaciRow, 'step'> {
  name: string;
  start: number;
  due: number;
  dependsOn: string[];
  slaHours?: number;
}

export interface TemplateInfo {
  type: CampaignType;
  title: string;
  description: string;
}

/** When each default-RACI step happens, relative to launch, and what it waits for. */
const BASE_TIMING: Record<string, Pick<StepSpec, 'start' | 'due' | 'dependsOn'> & { slaHours?: number }> = {
  'brief-intake': { start: -42, due: -28, dependsOn: [] },
  'creative-production': { start: -27, due: -14, dependsOn: ['brief-intake'] },
  'crm-tracking-setup': { start: -21, due: -7, dependsOn: ['brief-intake'] },
  'launch-approval': { start: -3, due: -1, dependsOn: ['creative-production', 'crm-tracking-setup'], slaHours: 48 },
  'performance-review': { start: 14, due: 21, dependsOn: ['launch-approval'] },
};

export const BASE_STEPS: readonly StepSpec[] = DEFAULT_RACI.map((row) => ({
  id: row.id,
  name: row.step,
  layer: row.layer,
  responsible: row.responsible,
  accountable: row.accountable,
  consulted: row.consulted,
  informed: row.informed,
  backup: row.backup,
  commonBlocker: row.commonBlocker,
  ...BASE_TIMING[row.id]!,
}));

// Steps several campaign types share.
const pageQa = (name: string, after: string[]): StepSpec => ({
  id: 'landing-page-qa', name, layer: 'operations', responsible: ['Marketing ops'], accountable: 'Ops lead', consulted: ['Analytics'],
  informed: ['Campaign manager', 'Campaign team'], backup: 'RevOps', start: -7, due: -4, dependsOn: after, commonBlocker: 'UTMs lost in redirects',
});
const analyticsValidation: StepSpec = {
  id: 'analytics-validation', name: 'Analytics validation', layer: 'operations', responsible: ['Analytics'], accountable: 'Ops lead', consulted: ['RevOps'],
  informed: ['Campaign team', 'Campaign manager'], backup: 'RevOps', start: -4, due: -2, dependsOn: ['landing-page-qa'], commonBlocker: 'Conversion events not firing',
};
const speakerApproval: StepSpec = {
  id: 'speaker-approval', name: 'Speaker approval', layer: 'strategy', responsible: ['Demand gen lead'], accountable: 'Marketing director', consulted: ['Product'],
  informed: ['Sales', 'Campaign manager'], backup: 'Campaign manager', start: -28, due: -21, dependsOn: ['brief-intake'], slaHours: 48, commonBlocker: 'Speaker not confirmed',
};
const reminders = (name: string): StepSpec => ({
  id: 'reminder-sequence', name, layer: 'execution', responsible: ['Marketing ops'], accountable: 'Campaign manager', consulted: ['Content'],
  informed: ['Sales', 'Campaign team'], backup: 'Demand gen lead', start: -10, due: -5, dependsOn: ['crm-tracking-setup'], commonBlocker: 'Sequence not tested end to end',
});

interface TypeTemplate extends TemplateInfo {
  steps: StepSpec[];
  /** Days after launch by which the first 50 leads should be in. */
  firstLeadsDays: number;
}

const CATALOG: readonly TypeTemplate[] = [
  {
    type: 'webinar',
    title: 'Webinar',
    description: 'Registration-driven webinar: content and speaker sign-off, registration page, reminders, analytics.',
    firstLeadsDays: 7,
    steps: [
      {
        id: 'content-review', name: 'Webinar content review', layer: 'execution', responsible: ['Design/Content'], accountable: 'Campaign manager', consulted: ['Brand', 'Product'],
        informed: ['Sales'], backup: 'Demand gen lead', start: -14, due: -10, dependsOn: ['creative-production'], slaHours: 48, commonBlocker: 'Late feedback cycles',
      },
      speakerApproval,
      pageQa('Registration page QA', ['content-review', 'crm-tracking-setup']),
      reminders('Reminder sequence set-up'),
      analyticsValidation,
    ],
  },
  {
    type: 'product-launch',
    title: 'Product launch',
    description: 'Launch of a product or feature: positioning sign-off, sales enablement, announcement, product page QA.',
    firstLeadsDays: 14,
    steps: [
      {
        id: 'positioning-signoff', name: 'Positioning and messaging sign-off', layer: 'strategy', responsible: ['Product marketing'], accountable: 'Marketing director',
        consulted: ['Product', 'Sales'], informed: ['Leadership'], backup: 'Demand gen lead', start: -30, due: -24, dependsOn: ['brief-intake'], slaHours: 48, commonBlocker: 'Positioning not agreed with Product',
      },
      {
        id: 'sales-enablement', name: 'Sales enablement kit', layer: 'execution', responsible: ['Product marketing'], accountable: 'Demand gen lead', consulted: ['Sales'],
        informed: ['Leadership', 'Campaign team'], backup: 'Campaign manager', start: -14, due: -5, dependsOn: ['positioning-signoff'], commonBlocker: 'Sales not briefed before launch',
      },
      {
        id: 'launch-announcement', name: 'Launch announcement and press', layer: 'execution', responsible: ['Content'], accountable: 'Campaign manager', consulted: ['Legal', 'Product'],
        informed: ['Sales'], backup: 'Demand gen lead', start: -14, due: -3, dependsOn: ['positioning-signoff'], slaHours: 48, commonBlocker: 'Legal review late',
      },
      pageQa('Product page QA', ['creative-production', 'crm-tracking-setup']),
      analyticsValidation,
    ],
  },
  {
    type: 'paid-social',
    title: 'Paid social',
    description: 'Paid social campaign: audiences, ad variants, landing page, pixel and conversion events, budget pacing.',
    firstLeadsDays: 14,
    steps: [
      {
        id: 'audience-targeting', name: 'Audience and targeting set-up', layer: 'execution', responsible: ['Paid media'], accountable: 'Demand gen lead', consulted: ['Analytics'],
        informed: ['Campaign team', 'Sales'], backup: 'Campaign manager', start: -21, due: -10, dependsOn: ['brief-intake'], commonBlocker: 'Audience too narrow to deliver',
      },
      {
        id: 'ad-variants-review', name: 'Ad creative variants review', layer: 'execution', responsible: ['Design/Content'], accountable: 'Campaign manager', consulted: ['Brand', 'Legal'],
        informed: ['Paid media'], backup: 'Demand gen lead', start: -13, due: -9, dependsOn: ['creative-production'], slaHours: 48, commonBlocker: 'Late feedback cycles',
      },
      pageQa('Landing page QA', ['ad-variants-review', 'crm-tracking-setup']),
      {
        id: 'pixel-validation', name: 'Pixel and conversion event validation', layer: 'operations', responsible: ['Analytics'], accountable: 'Ops lead', consulted: ['Paid media'],
        informed: ['Campaign team', 'Campaign manager'], backup: 'RevOps', start: -6, due: -2, dependsOn: ['crm-tracking-setup'], commonBlocker: 'Pixel fires on the wrong event',
      },
      {
        id: 'budget-pacing', name: 'Budget and pacing check', layer: 'operations', responsible: ['Paid media'], accountable: 'Demand gen lead', consulted: ['Finance'],
        informed: ['Leadership', 'Campaign manager'], backup: 'Marketing director', start: 1, due: 7, dependsOn: ['launch-approval'], commonBlocker: 'Spend ahead of plan',
      },
    ],
  },
  {
    type: 'email-nurture',
    title: 'Email nurture',
    description: 'Email nurture sequence: segment build, copy review, sequence set-up and QA, deliverability, analytics.',
    firstLeadsDays: 21,
    steps: [
      {
        id: 'segment-build', name: 'Segment and list build', layer: 'operations', responsible: ['Marketing ops'], accountable: 'Ops lead', consulted: ['RevOps', 'Legal'],
        informed: ['Campaign team'], backup: 'RevOps', start: -21, due: -12, dependsOn: ['brief-intake'], commonBlocker: 'Consent status missing on contacts',
      },
      {
        id: 'email-copy-review', name: 'Email copy review', layer: 'execution', responsible: ['Design/Content'], accountable: 'Campaign manager', consulted: ['Brand', 'Legal'],
        informed: ['Sales'], backup: 'Demand gen lead', start: -13, due: -9, dependsOn: ['creative-production'], slaHours: 48, commonBlocker: 'Late feedback cycles',
      },
      {
        id: 'sequence-setup', name: 'Nurture sequence set-up and QA', layer: 'operations', responsible: ['Marketing ops'], accountable: 'Campaign manager', consulted: ['Content'],
        informed: ['Sales', 'Campaign team'], backup: 'Demand gen lead', start: -8, due: -4, dependsOn: ['segment-build', 'email-copy-review'], commonBlocker: 'Branching logic untested',
      },
      {
        id: 'deliverability-check', name: 'Deliverability and unsubscribe check', layer: 'operations', responsible: ['Marketing ops'], accountable: 'Ops lead', consulted: ['Legal'],
        informed: ['Campaign manager', 'Campaign team'], backup: 'RevOps', start: -4, due: -2, dependsOn: ['sequence-setup'], commonBlocker: 'Sending domain not authenticated',
      },
      { ...analyticsValidation, dependsOn: ['sequence-setup'] },
    ],
  },
  {
    type: 'event',
    title: 'Event',
    description: 'In-person or hybrid event: venue and logistics, speakers, registration page, attendee reminders, lead capture.',
    firstLeadsDays: 2,
    steps: [
      {
        id: 'venue-logistics', name: 'Venue and logistics booking', layer: 'execution', responsible: ['Event manager'], accountable: 'Campaign manager', consulted: ['Finance'],
        informed: ['Sales', 'Ops'], backup: 'Demand gen lead', start: -27, due: -20, dependsOn: ['brief-intake'], commonBlocker: 'Venue contract unsigned',
      },
      speakerApproval,
      pageQa('Registration page QA', ['creative-production', 'crm-tracking-setup']),
      reminders('Attendee reminder set-up'),
      {
        id: 'lead-capture-sync', name: 'Lead capture and badge-scan sync', layer: 'operations', responsible: ['Marketing ops'], accountable: 'Ops lead', consulted: ['Sales', 'RevOps'],
        informed: ['Campaign team'], backup: 'RevOps', start: 0, due: 2, dependsOn: ['crm-tracking-setup'], commonBlocker: 'Badge scans not mapped to CRM fields',
      },
    ],
  },
];

/** The generic plan: the default RACI steps only. */
const GENERIC: TypeTemplate = { type: 'other', title: 'Other', description: 'The default campaign launch RACI, gates and milestones.', firstLeadsDays: 14, steps: [] };

export function templateFor(type: CampaignType): TypeTemplate {
  return CATALOG.find((t) => t.type === type) ?? GENERIC;
}

/** The campaign types that have a template of their own. */
export const TEMPLATES: readonly TemplateInfo[] = CATALOG.map(({ type, title, description }) => ({ type, title, description }));

/** The eight default gates: who owns each, when it is due relative to launch, and which handoff it guards. */
export const GATE_PLAN: readonly { gate: GateId; layer: Layer; owner: string; due: number; handoff?: Handoff }[] = [
  { gate: 'brief-complete', layer: 'strategy', owner: 'Demand gen lead', due: -28, handoff: 'strategy-to-execution' },
  { gate: 'message-approved', layer: 'strategy', owner: 'Marketing director', due: -21, handoff: 'strategy-to-execution' },
  { gate: 'legal-brand-review', layer: 'execution', owner: 'Campaign manager', due: -10 },
  { gate: 'landing-page-qa', layer: 'operations', owner: 'Marketing ops', due: -3, handoff: 'execution-to-operations' },
  { gate: 'tracking-validation', layer: 'operations', owner: 'Ops lead', due: -2, handoff: 'execution-to-operations' },
  // At launch: post-launch gates never hold the launch, and the first leads arrive from then.
  { gate: 'crm-source-capture', layer: 'operations', owner: 'RevOps', due: 0, handoff: 'operations-to-reporting' },
  { gate: 'sales-feedback', layer: 'strategy', owner: 'Demand gen lead', due: 14, handoff: 'reporting-to-strategy' },
  { gate: 'monthly-reporting', layer: 'operations', owner: 'Analytics', due: 30, handoff: 'operations-to-reporting' },
];
