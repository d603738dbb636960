import type { Problem } from '../../problems/problem.js';
import { PLATFORMS, REVIEW_KINDS, type PlatformId } from '../../plan/vocabulary.js';
import { parseConfig } from '../parse.js';
import type { BusinessHours, RulesConfig } from '../schema.js';
import { fieldById, SETTINGS_FIELDS, SETTINGS_SECTIONS, type SettingsFieldId, type SettingsSection } from './fields.js';
import { formatUtcOffset, readUtcOffset } from './time-zones.js';

/** The form as typed: text for every field, the ticked boxes of the box groups, and the switch. */
export type SettingsFormValues = {
  [K in SettingsFieldId]: K extends 'businessHours' ? boolean : K extends 'businessDays' | 'enabled' ? string[] : string;
};

/** A problem tied to the field the user can fix; `message` starts with the field's label (and a cap's line). */
export interface FieldProblem {
  field: SettingsFieldId;
  message: string;
}

export type SettingsFormResult = { ok: true; config: RulesConfig } | { ok: false; problems: FieldProblem[] };

/** What the business-hours fields show while they are off: a usual working week. */
const USUAL_HOURS: BusinessHours = { startHour: 9, endHour: 17, days: [1, 2, 3, 4, 5], timeZone: 'UTC' };

const label = (id: SettingsFieldId) => fieldById(id).label;
const list = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
const slaId = (kind: (typeof REVIEW_KINDS)[number]) => `${kind}Sla` as const;

/** The form's values for a config. */
export function formValuesFrom(config: RulesConfig): SettingsFormValues {
  const p = config.platform;
  const hours = config.approvals.businessHours;
  const shown = hours ?? USUAL_HOURS;
  const sla = Object.fromEntries(REVIEW_KINDS.map((kind) => [slaId(kind), String(config.approvals.slaHours[kind])])) as Record<`${(typeof REVIEW_KINDS)[number]}Sla`, string>;
  return {
    timeZone: config.timeZone ?? '',
    businessHours: hours !== null,
    businessStart: String(shown.startHour),
    businessEnd: String(shown.endHour),
    businessDays: shown.days.map(String),
    businessZone: hours ? zoneText(hours, config.timeZone ?? 'UTC') : '',
    ...sla,
    escalateAfterHours: String(config.approvals.escalateAfterHours),
    maxConsulted: String(config.raci.maxConsulted),
    sprintLength: String(config.sprint.lengthDays),
    sprintAnchor: config.sprint.anchor,
    namingPattern: p.namingPattern,
    bannedWords: p.bannedWords.join(', '),
    requiredUtm: p.requiredUtm.join(', '),
    allowedMediums: p.allowedMediums.join(', '),
    budgetCaps: p.budgetCaps.map((c) => `${c.amount} ${c.currency} ${c.period}`).join('\n'),
    enabled: [...p.enabled],
  };
}

/** The hours' clock as the zone field shows it: empty when it is the team's own zone. */
function zoneText(hours: BusinessHours, teamZone: string): string {
  if (hours.utcOffsetMinutes !== undefined) return formatUtcOffset(hours.utcOffsetMinutes);
  return hours.timeZone === teamZone ? '' : (hours.timeZone ?? '');
}

/** Plain decimals only: Number() would also read "0x10" as 16 and "1e3" as 1000. */
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** A number as typed; empty is missing and anything else is left as text, for the core to refuse by its type. */
const number = (text: string): number | string | undefined => (text.trim() === '' ? undefined : DECIMAL.test(text.trim()) ? Number(text) : text.trim());

const CAP_LINE = /^(\S+)\s+(\S+)\s+(\S+)$/;

type Located = FieldProblem & { line?: number };

/**
 * Turns the form into a full rules config through the core's parseConfig, or reports every problem
 * by the field's label, in the order the form shows its fields. All or nothing: one bad field and
 * nothing is returned to save. Only the `sections` shown are read; the rest of `base` is kept as it
 * is. A cap line that cannot be read is reported by its line and the rest of the form is still
 * checked, so no problem waits for the next save.
 */
export function readSettingsForm(values: SettingsFormValues, base: RulesConfig, sections: readonly SettingsSection[] = SETTINGS_SECTIONS): SettingsFormResult {
  const shown = new Set(sections);
  const problems: Located[] = [];
  const input: Record<string, unknown> = {};
  // The form states the zone and the hours whole: an empty zone field clears a saved zone.
  let start: RulesConfig = base;
  const caps: number[] = [];

  if (shown.has('clock')) {
    const { timeZone: _savedZone, ...rest } = base;
    start = { ...rest, approvals: { ...base.approvals, businessHours: null } };
    const teamZone = values.timeZone.trim();
    if (teamZone) input.timeZone = teamZone;
    let businessHours: Record<string, unknown> | null = null;
    if (values.businessHours) {
      const zone = values.businessZone.trim();
      const offset = readUtcOffset(zone);
      if (offset === 'unreadable') problems.push({ field: 'businessZone', message: `${label('businessZone')}: write a fixed offset as UTC+hh:mm, e.g. UTC+01:00, or an IANA name such as Europe/Berlin` });
      businessHours = {
        startHour: number(values.businessStart),
        endHour: number(values.businessEnd),
        days: values.businessDays.map(number).sort((a, b) => Number(a) - Number(b)),
        // An unreadable offset is reported above; UTC stands in so the other fields are still checked.
        ...(typeof offset === 'number' ? { utcOffsetMinutes: offset } : { timeZone: offset === 'unreadable' ? 'UTC' : zone || teamZone || 'UTC' }),
      };
    }
    input.approvals = { businessHours };
  }
  if (shown.has('reviews')) {
    input.approvals = {
      ...(input.approvals as object | undefined),
      slaHours: Object.fromEntries(REVIEW_KINDS.map((kind) => [kind, number(values[slaId(kind)])])),
      escalateAfterHours: number(values.escalateAfterHours),
    };
  }
  if (shown.has('plans')) {
    input.raci = { maxConsulted: number(values.maxConsulted) };
    input.sprint = { lengthDays: number(values.sprintLength), anchor: values.sprintAnchor.trim() };
  }
  if (shown.has('platform')) {
    const budgetCaps: Record<string, unknown>[] = [];
    values.budgetCaps
      .split('\n')
      .map((line) => line.trim())
      .forEach((text, index) => {
        if (!text) return;
        const line = index + 1;
        const m = CAP_LINE.exec(text);
        if (!m || !DECIMAL.test(m[1]!)) {
          problems.push({ field: 'budgetCaps', line, message: `${label('budgetCaps')}, line ${line}: write an amount, a currency and total or daily, e.g. "20000 USD total"` });
          return;
        }
        caps.push(line);
        budgetCaps.push({ amount: Number(m[1]), currency: m[2], period: m[3] });
      });
    const known = (p: string): p is PlatformId => (PLATFORMS as readonly string[]).includes(p);
    const unknown = values.enabled.filter((p) => !known(p));
    if (unknown.length) problems.push({ field: 'enabled', message: `${label('enabled')}: unknown platform ${unknown.join(', ')}` });
    input.platform = {
      namingPattern: values.namingPattern.trim(),
      bannedWords: list(values.bannedWords),
      requiredUtm: list(values.requiredUtm),
      allowedMediums: list(values.allowedMediums),
      budgetCaps,
      enabled: values.enabled.filter(known),
    };
  }

  const parsed = parseConfig(input, start);
  if (parsed.ok && !problems.length) return { ok: true, config: parsed.value };
  if (!parsed.ok) {
    const fallback = SETTINGS_FIELDS.find((f) => shown.has(f.section))!.id;
    const found = parsed.problems.map((p) => toFieldProblem(p, caps, values, fallback));
    // An empty hours zone is the team's: a bad team zone is reported once, at its own field.
    const inherited = !values.businessZone.trim() && found.some((p) => p.field === 'timeZone');
    problems.push(...found.filter((p) => !(inherited && p.field === 'businessZone')));
  }
  const order = SETTINGS_FIELDS.map((f) => f.id);
  problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field) || (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, problems: problems.map(({ field, message }) => ({ field, message })) };
}

/** The field a config path is typed in: the longest field path that is it or holds it. */
function fieldOfPath(path: string): (typeof SETTINGS_FIELDS)[number] | undefined {
  let best: (typeof SETTINGS_FIELDS)[number] | undefined;
  for (const field of SETTINGS_FIELDS) {
    const p = field.path;
    const holds = path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`);
    if (holds && field.kind !== 'switch' && (!best || p.length > best.path.length)) best = field;
  }
  return best;
}

/** `platform.budgetCaps[1].currency` → "Budget caps, line 2, currency: …". */
function toFieldProblem(problem: Problem, capLines: number[], values: SettingsFormValues, fallback: SettingsFieldId): Located {
  const field = fieldOfPath(problem.path);
  // Only a value the form does not show can fail outside its fields; it is named by its path.
  if (!field) return { field: fallback, message: `${problem.path}: ${problem.message}` };
  const m = /^(?:\[(\d+)\])?(?:\.(\w+))?/.exec(problem.path.slice(field.path.length))!;
  const index = m[1] === undefined ? undefined : Number(m[1]);
  const line = field.id === 'budgetCaps' && index !== undefined ? (capLines[index] ?? index + 1) : undefined;
  let where = field.label;
  if (index !== undefined) where += line !== undefined ? `, line ${line}` : `, item ${index + 1}`;
  // A key inside a list item (a cap's currency); the hours' own keys are the fields themselves.
  if (index !== undefined && m[2]) where += `, ${m[2]}`;
  const offset = readUtcOffset(values.businessZone);
  if (problem.path.endsWith('.utcOffsetMinutes') && typeof offset === 'number') where += ` (${values.businessZone.trim()} is ${offset} minutes)`;
  return { field: field.id, line, message: `${where}: ${problem.message}` };
}
