import type { RulesConfig } from './schema.js';

export const DEFAULT_NAMING_PATTERN = '^(\\d{4})q([1-4])_([a-z]{2,4})_(email|cpc|paid_social|display|event)_([a-z0-9-]+)$';

/** Mediums that GA4's default channel grouping recognises. */
export const DEFAULT_MEDIUMS = [
  'cpc', 'ppc', 'paid_social', 'paidsocial', 'paid-social', 'email', 'display', 'banner', 'cpm',
  'social', 'referral', 'affiliate', 'organic', 'video', 'audio', 'sms', 'push',
];

export const DEFAULT_CONFIG: RulesConfig = {
  scoring: { blocker: 20, warning: 5, info: 0 },
  raci: { maxConsulted: 3, everyoneOwnsStepShare: 0.5, everyoneOwnsRoleShare: 0.6 },
  // A weekly sprint, as the playbooks run it: Monday planning to Friday review.
  sprint: { lengthDays: 7, anchor: '2026-01-05' },
  blockers: { recurrenceSprints: 3 },
  approvals: {
    slaHours: { creative: 48, brand: 48, legal: 48, launch: 48, other: 48 },
    escalateAfterHours: 24,
    ladder: ['accountable', 'backup', 'campaign-owner'],
    businessHours: null,
  },
  thresholds: { blockedApprovals: 2, launchDelayDays: 3, reportingConfidence: 95 },
  platform: {
    enabled: ['hubspot', 'salesforce', 'google-ads', 'meta', 'linkedin'],
    namingPattern: DEFAULT_NAMING_PATTERN,
    bannedWords: ['test', 'tmp', 'copy'],
    requiredUtm: ['utm_source', 'utm_medium', 'utm_campaign'],
    allowedMediums: DEFAULT_MEDIUMS,
    budgetCaps: [],
  },
  rules: {},
};
