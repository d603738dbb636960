import * as z from 'zod/mini';
import { IsoDate } from '../plan/primitives.js';
import { PLATFORMS, REVIEW_KINDS } from '../plan/vocabulary.js';
import { isTimeZone } from '../time/zone-offsets.js';
import { hasNestedRepetition } from './regex-safety.js';

export const SEVERITIES = ['blocker', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

const Count = z.number().check(z.int(), z.gte(0));
const PositiveHours = z.number().check(z.gt(0), z.lte(24 * 365));
const Share = z.number().check(z.gt(0), z.lte(1));

const validRegExp = (source: string) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
};

const TimeZoneName = z.string().check(
  z.refine(isTimeZone, {
    error: (issue) => `${JSON.stringify(issue.input)?.slice(0, 60)} is not a known IANA time zone; use a name such as Europe/Berlin or America/New_York`,
  }),
);

export const BusinessHoursSchema = z
  .strictObject({
    /** First working hour, 0–23, on the team's wall clock. */
    startHour: z.number().check(z.int(), z.gte(0), z.lte(23)),
    /** Hour work ends, 1–24. */
    endHour: z.number().check(z.int(), z.gte(1), z.lte(24)),
    /** Working weekdays, 0 = Sunday … 6 = Saturday. */
    days: z.array(z.number().check(z.int(), z.gte(0), z.lte(6))).check(z.minLength(1)),
    /**
     * An IANA time zone (e.g. Europe/Berlin) whose daylight-saving changes are followed. With neither
     * this nor utcOffsetMinutes, business hours follow the team's `timeZone` (else UTC).
     */
    timeZone: z.optional(TimeZoneName),
    /** Or a fixed offset from UTC in minutes (e.g. 60 for CET), which never changes with the season. */
    utcOffsetMinutes: z.optional(z.number().check(z.int(), z.gte(-14 * 60), z.lte(14 * 60))),
  })
  .check(
    z.refine((hours) => hours.timeZone === undefined || hours.utcOffsetMinutes === undefined, {
      error: 'states both timeZone and utcOffsetMinutes; keep one (timeZone follows daylight saving, utcOffsetMinutes stays fixed)',
    }),
  );

export const BudgetCapSchema = z.strictObject({
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO currency code such as USD')),
  amount: z.number().check(z.gt(0)),
  period: z.enum(['total', 'daily']),
});

export const RulesConfigSchema = z.strictObject({
  /**
   * The team's IANA time zone (e.g. America/New_York): date-only fields are days on its wall clock,
   * so "today" and the end of a due day follow it, daylight saving included. Unset: UTC.
   */
  timeZone: z.optional(TimeZoneName),
  /** Score points each finding costs, by severity. */
  scoring: z.strictObject({ blocker: Count, warning: Count, info: Count }),
  raci: z.strictObject({
    maxConsulted: Count,
    /** A step where more than this share of the listed roles hold R or A. */
    everyoneOwnsStepShare: Share,
    /** A role holding R or A on more than this share of all steps. */
    everyoneOwnsRoleShare: Share,
  }),
  sprint: z.strictObject({
    lengthDays: z.number().check(z.int(), z.gte(1), z.lte(56)),
    /** Any date on which a sprint starts. */
    anchor: IsoDate,
  }),
  blockers: z.strictObject({
    /** Same-category blockers in this many consecutive sprints are a process defect. */
    recurrenceSprints: z.number().check(z.int(), z.gte(2), z.lte(12)),
  }),
  approvals: z.strictObject({
    /** Review SLA per kind, in hours. */
    slaHours: z.strictObject(Object.fromEntries(REVIEW_KINDS.map((k) => [k, PositiveHours])) as Record<(typeof REVIEW_KINDS)[number], typeof PositiveHours>),
    /** Hours between one escalation level and the next. */
    escalateAfterHours: PositiveHours,
    /** Who is reached at each level after the breach: level 0 is the notification. */
    ladder: z.array(z.enum(['accountable', 'backup', 'campaign-owner', 'leadership'])).check(z.minLength(1), z.maxLength(6)),
    businessHours: z.nullable(BusinessHoursSchema),
  }),
  thresholds: z.strictObject({
    blockedApprovals: z.number().check(z.int(), z.gte(1)),
    launchDelayDays: Count,
    reportingConfidence: z.number().check(z.gte(0), z.lte(100)),
  }),
  platform: z.strictObject({
    enabled: z.array(z.enum(PLATFORMS)),
    namingPattern: z.string().check(
      z.minLength(1),
      z.refine(validRegExp, 'is not a valid regular expression'),
      z.refine(
        (source) => !validRegExp(source) || !hasNestedRepetition(source),
        'repeats a group that itself repeats, which can take exponential time on a long name; repeat the inner part only',
      ),
    ),
    // Names are split into words at anything but a letter or digit, so only such words can match.
    bannedWords: z.array(z.string().check(z.regex(/^[\p{L}\p{N}]+$/u, 'must be one word of letters and digits (names are split into words at any other character)'))),
    requiredUtm: z.array(z.string().check(z.regex(/^utm_[a-z_]+$/, 'must be a utm_ parameter name'))),
    // A medium is compared with the lowercase, space-free utm_medium the UTM rules demand.
    allowedMediums: z.array(z.string().check(z.regex(/^[a-z0-9][a-z0-9_.-]*$/, 'must be a lowercase medium of letters, digits, _ . or - (e.g. paid_social)'))).check(z.minLength(1)),
    budgetCaps: z.array(BudgetCapSchema),
  }),
  /** Per-rule switches: turn a rule off or change its severity. */
  rules: z.record(z.string(), z.strictObject({ enabled: z.optional(z.boolean()), severity: z.optional(z.enum(SEVERITIES)) })),
});

export type RulesConfig = z.infer<typeof RulesConfigSchema>;
export type BusinessHours = z.infer<typeof BusinessHoursSchema>;
export type BudgetCap = z.infer<typeof BudgetCapSchema>;

/** Deeply optional input: a config file states only what it changes. */
export type RulesConfigInput = {
  [K in keyof RulesConfig]?: RulesConfig[K] extends readonly unknown[] | null
    ? RulesConfig[K]
    : RulesConfig[K] extends Record<string, unknown>
      ? { [P in keyof RulesConfig[K]]?: RulesConfig[K][P] extends readonly unknown[] ? RulesConfig[K][P] : RulesConfig[K][P] extends Record<string, unknown> ? Partial<RulesConfig[K][P]> : RulesConfig[K][P] }
      : RulesConfig[K];
};
