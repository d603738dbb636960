/**
 * Records that passed validation and were then deep-frozen carry the schema they passed under this
 * key, unseen (not enumerable: no copy, spread or clone of them carries it). A frozen record cannot
 * change, so a later parse of a plan that still holds it (an immutable edit shares most records with
 * the plan it came from) can skip it. Only objects the parser itself produced are ever marked: a
 * blocker moved into the checklist is checked again. A mark, not a WeakMap: a parse of 10,000 new
 * records grew the map's table in one go, a pause of 10–20 ms inside one slice.
 */
const VALID_UNDER = Symbol('preflight: valid under');
type Marked = { readonly [VALID_UNDER]?: unknown };

export function isKnownValid(value: unknown, schema: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.isFrozen(value) && Object.hasOwn(value, VALID_UNDER) && (value as Marked)[VALID_UNDER] === schema;
}

/**
 * Input records a freezing parse validated, each with the frozen record it gave. A caller that
 * hands the same (unfrozen) plan to several readers then pays for a comparison, not a validation.
 */
const frozenCopies = new WeakMap<object, { copy: object; schema: unknown }>();

/** Freezes a record the parser just produced from `input`, all the way down, and remembers that it is valid. */
export function rememberValid<T>(value: T, schema: unknown, input?: unknown): T {
  Object.defineProperty(value, VALID_UNDER, { value: schema });
  deepFreeze(value);
  if (typeof input === 'object' && input !== null && input !== value) frozenCopies.set(input, { copy: value as object, schema });
  return value;
}

/**
 * The frozen record an earlier freezing parse made from this very input record, when the input
 * still holds exactly what it held then (a record changed in place since is validated again).
 */
export function frozenCopyOf(input: unknown, schema: unknown): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  const entry = frozenCopies.get(input);
  return entry !== undefined && entry.schema === schema && sameData(input, entry.copy) ? entry.copy : undefined;
}

/** Whether a freezing parse validated this input record before (changed since or not). */
export function hasFrozenCopy(input: unknown): boolean {
  return typeof input === 'object' && input !== null && frozenCopies.has(input);
}

/**
 * What a freezing parse gave for each input plan, kept on the input and on the plan it gave. Read again
 * unchanged (the same records, the rest equal), a plan gives the very same result: every element of a
 * page handed one plan then shares one plan object, and what is computed once per plan (readiness, a
 * sort) with it.
 */
const parsedPlans = new WeakMap<object, { plan: object; result: unknown }>();

/**
 * The result an earlier freezing parse of this very input gave, when the input still holds what that
 * parse's plan holds (a plan handed over again, as each element of a page is given it): each record
 * is compared with the frozen record at its place, none is looked up or validated. Undefined otherwise
 * (never parsed, changed since, or not written as the parser writes it back).
 */
export function resultIfUnchanged(input: object): unknown {
  const before = parsedPlans.get(input);
  // The plan given out is writable: read back in, it holds whatever was put in it since.
  return before !== undefined && before.plan !== input && sameData(input, before.plan) ? before.result : undefined;
}

/**
 * The result an earlier freezing parse of this input gave, when the plan just `built` from it holds
 * the same data as that one's plan; otherwise `finish(built)`, remembered for next time.
 */
export function sameResultAsBefore<R>(input: object, built: object, finish: (plan: object) => R): R {
  const before = parsedPlans.get(input);
  if (before !== undefined && sameData(built, before.plan)) return before.result as R;
  const result = finish(built);
  const entry = { plan: built, result };
  parsedPlans.set(input, entry);
  parsedPlans.set(built, entry);
  return result;
}

/**
 * Deep equality of plain data (objects, arrays, primitives), own enumerable keys only; arrays by
 * their length and elements (plain data has no other keys on an array). Runs over every record of a
 * re-sent plan (10,000 blockers), so it walks key lists rather than `for…in`, indexes rather than an
 * array's 10,000 keys as strings, and recurses only into objects.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const proto: unknown = Object.getPrototypeOf(a);
  if (proto !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) return Array.isArray(b) && sameElements(a, b);
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  // A plain object inherits no string, number or boolean: an equal one is its own, no need to ask.
  const plain = proto === Object.prototype || proto === null;
  for (const key of keys) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (x === y) {
      if (!(plain && (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) && !Object.hasOwn(b, key)) return false;
    } else if (typeof x !== 'object' || !Object.hasOwn(b, key) || !sameData(x, y)) return false;
  }
  return true;
}

function sameElements(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    // A hole is not an undefined element.
    if (x === y ? x === undefined && (i in a) !== (i in b) : typeof x !== 'object' || !sameData(x, y)) return false;
  }
  return true;
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

/** True for a record the parser validated and froze (whatever list it came from): its content is fixed. */
export function isFrozenValid(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.isFrozen(value) && Object.hasOwn(value, VALID_UNDER);
}
