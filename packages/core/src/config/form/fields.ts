import { PLATFORMS, REVIEW_KINDS, type PlatformId, type ReviewKind } from '../../plan/vocabulary.js';
import { PLATFORM_TITLES } from '../../platform/titles.js';
import { DEFAULT_CONFIG } from '../defaults.js';

/** The form's sections, in the order it shows them. */
export const SETTINGS_SECTIONS = ['clock', 'reviews', 'plans', 'platform'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const SECTION_TITLES: Readonly<Record<SettingsSection, string>> = {
  clock: 'Team clock',
  reviews: 'Reviews and escalation',
  plans: 'Plans',
  platform: 'Platform checks',
};

export const SECTION_HINTS: Readonly<Record<SettingsSection, string>> = {
  clock: 'The calendar the rules read dates on, and the hours review SLAs count.',
  reviews: 'How long a review may wait, and how soon a missed one climbs the ladder.',
  plans: 'How plans are judged and how their sprints fall.',
  platform: 'What a campaign on an ad platform must look like before it launches.',
};

/**
 * How a field is typed: `text` and `zone` one line (a zone suggests IANA names), `list` words split
 * at commas, `lines` one entry per line, `number` a number, `date` a day, `hour` a whole hour,
 * `days` weekday boxes, `platforms` platform boxes, `switch` one box that shows or hides others.
 */
export type FieldKind = 'text' | 'zone' | 'list' | 'lines' | 'number' | 'date' | 'hour' | 'days' | 'platforms' | 'switch';

type SlaField = `${ReviewKind}Sla`;
export type SettingsFieldId =
  | 'timeZone'
  | 'businessHours'
  | 'businessStart'
  | 'businessEnd'
  | 'businessDays'
  | 'businessZone'
  | SlaField
  | 'escalateAfterHours'
  | 'maxConsulted'
  | 'sprintLength'
  | 'sprintAnchor'
  | 'namingPattern'
  | 'bannedWords'
  | 'requiredUtm'
  | 'allowedMediums'
  | 'budgetCaps'
  | 'enabled';

export interface SettingsField {
  id: SettingsFieldId;
  section: SettingsSection;
  /** The label as the screen shows it; problems start with it. */
  label: string;
  kind: FieldKind;
  /** Where the value goes in the rules config; a problem at this path (or under it) is this field's. */
  path: string;
  hint?: string;
  /** Shown only while this switch is on. */
  shownWith?: 'businessHours';
  /** For numbers and hours: the bounds the control offers (the core still judges the value). */
  min?: number;
  max?: number;
  /** For numbers: whole numbers only. */
  whole?: boolean;
  /** For numbers: the unit said after the control. */
  unit?: string;
}

const KIND_TITLES: Record<ReviewKind, string> = { creative: 'Creative', brand: 'Brand', legal: 'Legal', launch: 'Launch', other: 'Other' };

/** Monday first, as most working weeks are written; values are the config's 0 = Sunday … 6 = Saturday. */
export const WORKING_WEEK: readonly { value: string; short: string; name: string }[] = [
  { value: '1', short: 'Mon', name: 'Monday' },
  { value: '2', short: 'Tue', name: 'Tuesday' },
  { value: '3', short: 'Wed', name: 'Wednesday' },
  { value: '4', short: 'Thu', name: 'Thursday' },
  { value: '5', short: 'Fri', name: 'Friday' },
  { value: '6', short: 'Sat', name: 'Saturday' },
  { value: '0', short: 'Sun', name: 'Sunday' },
];

export const PLATFORM_CHOICES: readonly { value: PlatformId; name: string }[] = PLATFORMS.map((value) => ({ value, name: PLATFORM_TITLES[value] }));

const D = DEFAULT_CONFIG;

/** Every field of the team-settings form, in the order it shows them. */
export const SETTINGS_FIELDS: readonly SettingsField[] = [
  {
    id: 'timeZone',
    section: 'clock',
    label: 'Team time zone',
    kind: 'zone',
    path: 'timeZone',
    hint: 'An IANA name such as Australia/Sydney. “Today” and the end of a due day are read on this clock; empty means UTC.',
  },
  { id: 'businessHours', section: 'clock', label: 'Business hours', kind: 'switch', path: 'approvals.businessHours', hint: 'Count review SLAs and escalations in business hours only.' },
  { id: 'businessStart', section: 'clock', label: 'Work starts at', kind: 'hour', path: 'approvals.businessHours.startHour', shownWith: 'businessHours', min: 0, max: 23 },
  { id: 'businessEnd', section: 'clock', label: 'Work ends at', kind: 'hour', path: 'approvals.businessHours.endHour', shownWith: 'businessHours', min: 1, max: 24 },
  { id: 'businessDays', section: 'clock', label: 'Working days', kind: 'days', path: 'approvals.businessHours.days', shownWith: 'businessHours' },
  {
    id: 'businessZone',
    section: 'clock',
    label: 'Clock of the business hours',
    kind: 'zone',
    // Its timeZone, its utcOffsetMinutes, and the rule that it names one clock.
    path: 'approvals.businessHours',
    shownWith: 'businessHours',
    hint: 'Empty: the team time zone. Or another IANA name, or a fixed offset such as UTC+01:00 that never moves with daylight saving.',
  },
  ...REVIEW_KINDS.map(
    (kind): SettingsField => ({ id: `${kind}Sla`, section: 'reviews', label: `${KIND_TITLES[kind]} review SLA`, kind: 'number', path: `approvals.slaHours.${kind}`, min: 1, max: 8760, unit: 'hours' }),
  ),
  {
    id: 'escalateAfterHours',
    section: 'reviews',
    label: 'Escalation delay',
    kind: 'number',
    path: 'approvals.escalateAfterHours',
    min: 1,
    max: 8760,
    unit: 'hours',
    hint: `After an SLA breach or an overdue blocker, the hours until the next level of the ladder (default ${D.approvals.escalateAfterHours}).`,
  },
  {
    id: 'maxConsulted',
    section: 'plans',
    label: 'Consulted limit',
    kind: 'number',
    path: 'raci.maxConsulted',
    min: 0,
    whole: true,
    unit: 'roles',
    hint: `More Consulted roles on one step is a warning (default ${D.raci.maxConsulted}).`,
  },
  { id: 'sprintLength', section: 'plans', label: 'Sprint length', kind: 'number', path: 'sprint.lengthDays', min: 1, max: 56, whole: true, unit: 'days', hint: `1 to 56 days (default ${D.sprint.lengthDays}).` },
  { id: 'sprintAnchor', section: 'plans', label: 'A sprint starts on', kind: 'date', path: 'sprint.anchor', hint: 'Any day a sprint starts; the others follow every sprint length.' },
  { id: 'namingPattern', section: 'platform', label: 'Naming pattern', kind: 'text', path: 'platform.namingPattern', hint: 'A regular expression every campaign name must match.' },
  { id: 'bannedWords', section: 'platform', label: 'Banned words', kind: 'list', path: 'platform.bannedWords', hint: 'Words no campaign name may hold, separated by commas.' },
  { id: 'requiredUtm', section: 'platform', label: 'Required UTM parameters', kind: 'list', path: 'platform.requiredUtm', hint: 'Every tracking URL must carry these, separated by commas.' },
  { id: 'allowedMediums', section: 'platform', label: 'Allowed mediums', kind: 'lines', path: 'platform.allowedMediums', hint: 'The utm_medium values you accept, lowercase, separated by commas or lines.' },
  { id: 'budgetCaps', section: 'platform', label: 'Budget caps', kind: 'lines', path: 'platform.budgetCaps', hint: 'One per line: an amount, a currency and total or daily, e.g. 20000 USD total.' },
  { id: 'enabled', section: 'platform', label: 'Enabled platforms', kind: 'platforms', path: 'platform.enabled', hint: 'The extension checks campaigns only on these.' },
];

export const fieldById = (id: SettingsFieldId): SettingsField => SETTINGS_FIELDS.find((f) => f.id === id)!;

/** The sections named in a space-separated list, in the form's order; none named, or none known, is all. */
export function readSections(text: string | null | undefined): SettingsSection[] {
  const named = new Set((text ?? '').split(/\s+/).filter(Boolean));
  const chosen = SETTINGS_SECTIONS.filter((s) => named.has(s));
  return chosen.length ? chosen : [...SETTINGS_SECTIONS];
}
