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

/** Freezes a record the parser just produced, all the way down, and remembers that it is valid. */
export function rememberValid<T>(value: T, schema: unknown): T {
  known.set(deepFreeze(value) as object, schema);
  return value;
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
