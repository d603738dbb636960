import type { Plan } from '../plan/schema.js';
import { RACI_LETTERS } from '../plan/vocabulary.js';
import { blockerStatus } from '../blockers/status.js';
import { DEFAULT_CONFIG } from '../config/defaults.js';
import type { RulesConfig } from '../config/schema.js';
import { localDate } from '../time/team-day.js';
import { daysBetween, toMs } from '../time/instant.js';

type Cell = string | number | undefined;

/** Spreadsheets run a cell starting with one of these as a formula; a leading `'` makes it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field per RFC 4180, made safe to open in a spreadsheet. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: UTF-8 BOM (so Excel reads the encoding), CRLF line ends. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The RACI matrix: one row per step, one column per role, letters in the cells. */
export function raciToCsv(plan: Plan): string {
  const header = ['Step', 'Layer', ...plan.roles, 'Backup'];
  const rows = plan.steps.map((step) => {
    const cells = plan.roles.map((role) => RACI_LETTERS.filter(({ key }) => step.raci[key].includes(role)).map(({ letter }) => letter).join('/') || undefined);
    return [step.name, step.layer, ...cells, step.raci.backup];
  });
  return toCsv([header, ...rows]);
}

/** The blocker log as of `now` (an ISO instant), with days blocked and overdue as the rules count them. */
export function blockersToCsv(plan: Plan, now: string, config: RulesConfig = DEFAULT_CONFIG): string {
  const header = ['ID', 'Title', 'Status', 'Severity', 'Category', 'Owner', 'Due', 'Raised at', 'Resolved at', 'Blocks', 'Days blocked', 'Days overdue', 'Reopened', 'Notes'];
  const rows = plan.blockers.map((b) => {
    const { daysBlocked, overdue } = blockerStatus(b, plan, now, config);
    const daysOverdue = overdue && b.due ? daysBetween(b.due, localDate(toMs(now), config.timeZone)) : 0;
    return [
      b.id, b.title, b.status, b.severity, b.category, b.owner, b.due, b.raisedAt, b.resolvedAt,
      b.blocks ? `${b.blocks.kind}:${b.blocks.id}` : undefined,
      daysBlocked, daysOverdue, b.reopened ?? 0, b.notes,
    ];
  });
  return toCsv([header, ...rows]);
}
