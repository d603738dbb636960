/**
 * `@preflight/core/exchange`: the file a team exchanges (every plan, as saved), written and read
 * back record by record. A subpath of its own, not in the main entry: the widgets never read such a
 * file, and a module the main entry re-exports reaches every widget's bundle.
 */
import { parsePlan } from '../plan/parse.js';
import { copyJson } from './copy.js';
import type { Plan } from '../plan/schema.js';
import type { Problem } from '../problems/problem.js';

export const EXPORT_FORMAT = 'preflight-plans';
export const EXPORT_VERSION = 1;

/** The one file a team exchanges: every plan, as saved. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  plans: Plan[];
}

/** A problem in one record of an import file; `index` is the record's position in `plans`. */
export interface RecordProblem extends Problem {
  index: number;
}

export interface ImportRead {
  /** Every valid plan, with its position in the file. */
  plans: { index: number; plan: Plan }[];
  /** Problems with the file itself (index -1) or with a record. */
  problems: RecordProblem[];
}

export function exportPlans(plans: readonly Plan[], exportedAt: string): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, plans: plans.map((p) => copyJson(p)) };
}

export function exportPlansJson(plans: readonly Plan[], exportedAt: string): string {
  return `${JSON.stringify(exportPlans(plans, exportedAt), null, 2)}\n`;
}

/**
 * Reads an export file, or a bare plan, or a bare list of plans. Never throws. Valid records are
 * returned whatever is wrong with the others, so the caller can import the good ones when asked.
 */
export function readExport(input: unknown): ImportRead {
  const fileProblem = (path: string, code: string, message: string): ImportRead => ({ plans: [], problems: [{ index: -1, path, code, message }] });
  let records: unknown[];
  let prefix = 'plans';
  if (Array.isArray(input)) {
    records = input;
    prefix = '';
  } else if (typeof input === 'object' && input !== null && 'schemaVersion' in input) {
    records = [input];
    prefix = '';
  } else if (typeof input === 'object' && input !== null) {
    const file = input as Record<string, unknown>;
    if (file.format !== EXPORT_FORMAT) return fileProblem('format', 'invalid_format', `must be "${EXPORT_FORMAT}" (is this a Preflight export?)`);
    if (file.version !== EXPORT_VERSION) return fileProblem('version', 'unsupported_version', `export version ${String(file.version)} is not supported (expected ${EXPORT_VERSION})`);
    if (!Array.isArray(file.plans)) return fileProblem('plans', 'invalid_type', 'must be a list of plans');
    records = file.plans;
  } else {
    return fileProblem('(root)', 'invalid_type', 'an import must be a Preflight export, a plan or a list of plans');
  }
  const out: ImportRead = { plans: [], problems: [] };
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const result = parsePlan(record);
    const at = prefix ? `${prefix}[${index}]` : `[${index}]`;
    if (!result.ok) {
      for (const p of result.problems) out.problems.push({ ...p, index, path: p.path === '(root)' ? at : `${at}.${p.path}` });
      return;
    }
    const first = seen.get(result.value.id);
    if (first !== undefined) {
      out.problems.push({ index, path: `${at}.id`, code: 'duplicate_id', message: `plan id "${result.value.id}" already appears at ${prefix}[${first}]` });
      return;
    }
    seen.set(result.value.id, index);
    out.plans.push({ index, plan: result.value });
  });
  return out;
}

/** Parses JSON text first (a leading byte order mark is not content); a syntax error is reported with its position. */
export function readExportJson(text: string): ImportRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { plans: [], problems: [{ index: -1, path: '(root)', code: 'invalid_json', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return readExport(data);
}
