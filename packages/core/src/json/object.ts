/** A JSON object read from input: its fields are yet to be checked. */
export type JsonObject = Record<string, unknown>;

/** True for a JSON object: not null, not an array. */
export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
