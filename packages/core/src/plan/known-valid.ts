/**
 * Records that passed validation and were then deep-frozen. A frozen record cannot change, so a
 * later parse of a plan that still holds it (an immutable edit shares most records with the plan it
 * came from) can skip it. Only objects the parser itself produced are ever remembered, each with the
 * schema it passed: a blocker moved into the checklist is checked again.
 */
const known = new WeakMap<object, unknown>();

export function isKnownValid(value: unknown, schema: unknown): boolean {
  return typeof value === 'object' && value !== null && known.get(value) === schema;
}

/**
 * Input records a freezing parse validated, each with the frozen record it gave. A caller that
 * hands the same (unfrozen) plan to several readers then pays for a comparison, not a validation.
 */
const frozenCopies = new WeakMap<object, { copy: object; schema: unknown }>();

/** Freezes a record the parser just produced from `input`, all the way down, and remembers that it is valid. */
export function rememberValid<T>(value: T, schema: unknown, input?: unknown): T {
  known.set(deepFreeze(value) as object, schema);
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
 * Deep equality of plain data (objects, arrays, primitives), own enumerable keys only. Runs over
 * every record of a re-sent plan (10,000 blockers), so it walks key lists rather than `for…in` and
 * recurses only into objects.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (x === y ? !Object.hasOwn(b, key) : typeof x !== 'object' || !Object.hasOwn(b, key) || !sameData(x, y)) return false;
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
  return typeof value === 'object' && value !== null && known.has(value);
}
