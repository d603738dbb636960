/** Deep copy of plain data through JSON: what is exported or merged is exactly what a later read sees. */
export function copyJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
