/** A problem found in input: data, never an exception. */
export interface Problem {
  /** Where, as a readable path: `steps[3].raci.accountable`. */
  path: string;
  /** A stable machine code: `invalid_type`, `unknown_reference`, `duplicate_id`… */
  code: string;
  message: string;
}

export type ParseResult<T> =
  | { ok: true; value: T; problems: [] }
  | { ok: false; problems: Problem[] };

/** Formats a path of keys and indexes the way people read it: `a.b[2].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export function joinPath(base: string, rest: string): string {
  if (!base || base === '(root)') return rest;
  if (!rest || rest === '(root)') return base;
  return rest.startsWith('[') ? base + rest : `${base}.${rest}`;
}
