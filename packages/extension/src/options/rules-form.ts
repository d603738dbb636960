import { parseConfig, PLATFORMS, type PlatformId, type Problem, type RulesConfig } from '@preflight/core';

/** The rules form as typed: text fields and the platform checkboxes. */
export interface RulesFormValues {
  namingPattern: string;
  bannedWords: string;
  requiredUtm: string;
  allowedMediums: string;
  /** One cap per line: `20000 USD total` or `50 EUR daily`. */
  budgetCaps: string;
  enabled: string[];
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
};

const list = (text: string) => text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);

export function formValuesFrom(config: RulesConfig): RulesFormValues {
  const p = config.platform;
  return {
    namingPattern: p.namingPattern,
    bannedWords: p.bannedWords.join(', '),
    requiredUtm: p.requiredUtm.join(', '),
    allowedMediums: p.allowedMediums.join(', '),
    budgetCaps: p.budgetCaps.map((c) => `${c.amount} ${c.currency} ${c.period}`).join('\n'),
    enabled: [...p.enabled],
  };
}

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

  const input = {
    platform: {
      namingPattern: values.namingPattern.trim(),
      bannedWords: list(values.bannedWords),
      requiredUtm: list(values.requiredUtm),
      allowedMediums: list(values.allowedMediums),
      budgetCaps: caps.map(({ line: _line, ...cap }) => cap),
      enabled: values.enabled.filter(known),
    },
  };
  const parsed = parseConfig(input, base);
  if (parsed.ok && !problems.length) return { ok: true, config: parsed.value };
  if (!parsed.ok) problems.push(...parsed.problems.map((p) => toFieldProblem(p, caps.map((c) => c.line))));
  const order = Object.keys(LABELS);
  problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field) || (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, problems: problems.map(({ field, message }) => ({ field, message })) };
}

const FIELD_BY_KEY: Record<string, keyof RulesFormValues> = {
  namingPattern: 'namingPattern',
  bannedWords: 'bannedWords',
  requiredUtm: 'requiredUtm',
  allowedMediums: 'allowedMediums',
  budgetCaps: 'budgetCaps',
  enabled: 'enabled',
};

/** `platform.budgetCaps[1].currency` → "Budget caps, line 2, currency: …". */
function toFieldProblem(problem: Problem, capLines: number[]): FieldProblem & { line?: number } {
  const m = /^platform\.(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(problem.path);
  const field = (m && FIELD_BY_KEY[m[1]!]) || 'namingPattern';
  const index = m?.[2] === undefined ? undefined : Number(m[2]);
  const line = field === 'budgetCaps' && index !== undefined ? (capLines[index] ?? index + 1) : undefined;
  let where: string = LABELS[field];
  if (index !== undefined) where += line !== undefined ? `, line ${line}` : `, item ${index + 1}`;
  if (m?.[3]) where += `, ${m[3]}`;
  if (!m) where = `${LABELS[field]} (${problem.path})`;
  return { field, line, message: `${where}: ${problem.message}` };
}
