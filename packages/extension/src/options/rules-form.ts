import { parseConfig, PLATFORMS, type BusinessHours, type PlatformId, type Problem, type RulesConfig } from '@preflight/core';
import { formatUtcOffset, readUtcOffset } from './time-zones.js';

/** The rules form as typed: text fields, selects and checkboxes. */
export interface RulesFormValues {
  namingPattern: string;
  bannedWords: string;
  requiredUtm: string;
  allowedMediums: string;
  /** One cap per line: `20000 USD total` or `50 EUR daily`. */
  budgetCaps: string;
  enabled: string[];
  /** The team's IANA time zone; empty means UTC. */
  timeZone: string;
  /** Whether SLAs count business hours only. */
  businessHours: boolean;
  businessStart: string;
  businessEnd: string;
  /** Working weekdays, '0' = Sunday … '6' = Saturday. */
  businessDays: string[];
  /** An IANA name or a fixed offset such as UTC+01:00; empty means the team's time zone. */
  businessZone: string;
}

/** A problem tied to the form field the user can fix. */
export interface FieldProblem {
  field: keyof RulesFormValues;
  message: string;
}

const LABELS: Record<keyof RulesFormValues, string> = {
  namingPattern: 'Naming pattern',
  bannedWords: 'Banned words',
  requiredUtm: 'Required UTM parameters',
  allowedMediums: 'Allowed mediums',
  budgetCaps: 'Budget caps',
  enabled: 'Enabled platforms',
  timeZone: 'Team time zone',
  businessHours: 'Business hours',
  businessStart: 'Business hours start',
  businessEnd: 'Business hours end',
  businessDays: 'Working days',
  businessZone: 'Zone for business hours',
};

/** What the business-hours fields show while they are off: a usual working week. */
const USUAL_HOURS: BusinessHours = { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], timeZone: 'UTC' };

const list = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);

export function formValuesFrom(config: RulesConfig): RulesFormValues {
  const p = config.platform;
  const hours = config.approvals.businessHours;
  const shown = hours ?? USUAL_HOURS;
  return {
    namingPattern: p.namingPattern,
    bannedWords: p.bannedWords.join(', '),
    requiredUtm: p.requiredUtm.join(', '),
    allowedMediums: p.allowedMediums.join(', '),
    budgetCaps: p.budgetCaps.map((c) => `${c.amount} ${c.currency} ${c.period}`).join('\n'),
    enabled: [...p.enabled],
    timeZone: config.timeZone ?? '',
    businessHours: hours !== null,
    businessStart: String(shown.startHour),
    businessEnd: String(shown.endHour),
    businessDays: shown.days.map(String),
    businessZone: hours ? zoneText(hours, config.timeZone ?? 'UTC') : '',
  };
}

/** The hours' clock as the zone field shows it: empty when it is the team's own zone. */
function zoneText(hours: BusinessHours, teamZone: string): string {
  if (hours.utcOffsetMinutes !== undefined) return formatUtcOffset(hours.utcOffsetMinutes);
  return hours.timeZone === teamZone ? '' : (hours.timeZone ?? '');
}

/**
 * The form's values from its submitted data. Fields the form does not show at the moment (the
 * business hours while they are off) keep their previous values, so turning them on again restores them.
 */
export function formValuesFromData(data: FormData, previous: RulesFormValues): RulesFormValues {
  const text = (name: keyof RulesFormValues, fallback: string) => {
    const value = data.get(name);
    return value === null ? fallback : String(value);
  };
  const businessHours = data.has('businessHours');
  return {
    namingPattern: text('namingPattern', ''),
    bannedWords: text('bannedWords', ''),
    requiredUtm: text('requiredUtm', ''),
    allowedMediums: text('allowedMediums', ''),
    budgetCaps: text('budgetCaps', ''),
    enabled: data.getAll('enabled').map(String),
    timeZone: text('timeZone', ''),
    businessHours,
    businessStart: text('businessStart', previous.businessStart),
    businessEnd: text('businessEnd', previous.businessEnd),
    // No day ticked is a choice to report, not a hidden field: the day boxes are there whenever the hours are on.
    businessDays: businessHours && data.has('businessStart') ? data.getAll('businessDays').map(String) : previous.businessDays,
    businessZone: text('businessZone', previous.businessZone),
  };
}

/** A whole number as typed, else the text itself for the core to refuse by its type. */
const whole = (text: string): number | string => (/^\d{1,3}$/.test(text.trim()) ? Number(text) : text);

const CAP_LINE = /^(\S+)\s+(\S+)\s+(\S+)$/;
/** Plain decimals only: Number() would also read "0x10" as 16 and "1e3" as 1000. */
const AMOUNT = /^-?\d+(\.\d+)?$/;

/**
 * Turns the form into a full rules config through the core's parseConfig, or reports every
 * problem by the field's label, in the order the form shows its fields. All or nothing: one bad
 * field and nothing is returned to save. A cap line that cannot be read is reported by its line
 * and the rest of the form is still checked, so no problem waits for the next save.
 */
export function readRulesForm(values: RulesFormValues, base: RulesConfig): { ok: true; config: RulesConfig } | { ok: false; problems: FieldProblem[] } {
  const problems: (FieldProblem & { line?: number })[] = [];
  const caps: { amount: number; currency: string | undefined; period: string | undefined; line: number }[] = [];
  values.budgetCaps
    .split('\n')
    .map((line) => line.trim())
    .forEach((text, index) => {
      if (!text) return;
      const line = index + 1;
      const m = CAP_LINE.exec(text);
      const amount = m && AMOUNT.test(m[1]!) ? Number(m[1]) : NaN;
      if (!m || !Number.isFinite(amount)) {
        problems.push({ field: 'budgetCaps', line, message: `${LABELS.budgetCaps}, line ${line}: write an amount, a currency and total or daily, e.g. "20000 USD total"` });
        return;
      }
      caps.push({ amount, currency: m[2], period: m[3], line });
    });
  const known = (p: string): p is PlatformId => (PLATFORMS as readonly string[]).includes(p);
  const unknown = values.enabled.filter((p) => !known(p));
  if (unknown.length) problems.push({ field: 'enabled', message: `${LABELS.enabled}: unknown platform ${unknown.join(', ')}` });

  const teamZone = values.timeZone.trim();
  let businessHours: Record<string, unknown> | null = null;
  if (values.businessHours) {
    const zone = values.businessZone.trim();
    const offset = readUtcOffset(zone);
    if (offset === 'unreadable') problems.push({ field: 'businessZone', message: `${LABELS.businessZone}: write a fixed offset as UTC+hh:mm, e.g. UTC+01:00, or an IANA name such as Europe/Berlin` });
    businessHours = {
      startHour: whole(values.businessStart),
      endHour: whole(values.businessEnd),
      days: values.businessDays.map(whole).sort((a, b) => Number(a) - Number(b)),
      // An unreadable offset is reported above; UTC stands in so the other fields are still checked.
      ...(typeof offset === 'number' ? { utcOffsetMinutes: offset } : { timeZone: offset === 'unreadable' ? 'UTC' : zone || teamZone || 'UTC' }),
    };
  }

  const input = {
    ...(teamZone ? { timeZone: teamZone } : {}),
    approvals: { businessHours },
    platform: {
      namingPattern: values.namingPattern.trim(),
      bannedWords: list(values.bannedWords),
      requiredUtm: list(values.requiredUtm),
      allowedMediums: list(values.allowedMediums),
      budgetCaps: caps.map(({ line: _line, ...cap }) => cap),
      enabled: values.enabled.filter(known),
    },
  };
  // The form states the zone and the hours whole: an empty zone field clears a saved zone.
  const { timeZone: _savedZone, ...rest } = base;
  const parsed = parseConfig(input, { ...rest, approvals: { ...base.approvals, businessHours: null } });
  if (parsed.ok && !problems.length) return { ok: true, config: parsed.value };
  if (!parsed.ok) {
    const found = parsed.problems.map((p) => toFieldProblem(p, caps.map((c) => c.line), values));
    // An empty hours zone is the team's: a bad team zone is reported once, at its own field.
    const inherited = !values.businessZone.trim() && found.some((p) => p.field === 'timeZone');
    problems.push(...found.filter((p) => !(inherited && p.field === 'businessZone')));
  }
  const order = Object.keys(LABELS);
  problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field) || (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, problems: problems.map(({ field, message }) => ({ field, message })) };
}

/** Where each config path is typed in the form; the first prefix that matches wins. */
const FIELD_BY_PATH: [string, keyof RulesFormValues][] = [
  ['platform.namingPattern', 'namingPattern'],
  ['platform.bannedWords', 'bannedWords'],
  ['platform.requiredUtm', 'requiredUtm'],
  ['platform.allowedMediums', 'allowedMediums'],
  ['platform.budgetCaps', 'budgetCaps'],
  ['platform.enabled', 'enabled'],
  ['timeZone', 'timeZone'],
  ['approvals.businessHours.startHour', 'businessStart'],
  ['approvals.businessHours.endHour', 'businessEnd'],
  ['approvals.businessHours.days', 'businessDays'],
  // Its timeZone, its utcOffsetMinutes, and the rule that it names one clock.
  ['approvals.businessHours', 'businessZone'],
];

/** `platform.budgetCaps[1].currency` → "Budget caps, line 2, currency: …". */
function toFieldProblem(problem: Problem, capLines: number[], values: RulesFormValues): FieldProblem & { line?: number } {
  const entry = FIELD_BY_PATH.find(([prefix]) => problem.path === prefix || problem.path.startsWith(`${prefix}.`) || problem.path.startsWith(`${prefix}[`));
  if (!entry) return { field: 'namingPattern', message: `${LABELS.namingPattern} (${problem.path}): ${problem.message}` };
  const [prefix, field] = entry;
  const m = /^(?:\[(\d+)\])?(?:\.(\w+))?/.exec(problem.path.slice(prefix.length))!;
  const index = m[1] === undefined ? undefined : Number(m[1]);
  const line = field === 'budgetCaps' && index !== undefined ? (capLines[index] ?? index + 1) : undefined;
  let where: string = LABELS[field];
  if (index !== undefined) where += line !== undefined ? `, line ${line}` : `, item ${index + 1}`;
  // A key inside a list item (a cap's currency); the hours' own keys are the fields themselves.
  if (index !== undefined && m[2]) where += `, ${m[2]}`;
  const offset = readUtcOffset(values.businessZone);
  if (problem.path.endsWith('.utcOffsetMinutes') && typeof offset === 'number') where += ` (${values.businessZone.trim()} is ${offset} minutes)`;
  return { field, line, message: `${where}: ${problem.message}` };
}
