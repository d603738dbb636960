import { readFileSync } from 'node:fs';

// For tests only (it reads files): HubSpot's vendored OpenAPI document as the judge of recorded
// responses, in the unit tests and in the end-to-end tests' stand-in for api.hubapi.com.

/** The part of OpenAPI 3.0's schema objects HubSpot's document uses for these responses. */
export interface Schema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number';
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  enum?: string[];
}

export const openapi = JSON.parse(readFileSync(new URL('campaigns-openapi.json', import.meta.url), 'utf8')) as { components: { schemas: Record<string, Schema> } };

/** Every place a value breaks the vendored schema. */
function violations(schema: Schema, value: unknown, at = ''): string[] {
  if (schema.$ref) return violations(openapi.components.schemas[schema.$ref.replace('#/components/schemas/', '')]!, value, at);
  const is = { object: typeof value === 'object' && value !== null && !Array.isArray(value), array: Array.isArray(value), string: typeof value === 'string', integer: Number.isInteger(value), number: typeof value === 'number' };
  if (schema.type && !is[schema.type]) return [`${at || '/'} is not ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value as string)) return [`${at} is not one of the enum`];
  if (Array.isArray(value)) return value.flatMap((v, i) => (schema.items ? violations(schema.items, v, `${at}/${i}`) : []));
  if (!is.object) return [];
  const record = value as Record<string, unknown>;
  return [
    ...(schema.required ?? []).filter((k) => !(k in record)).map((k) => `${at}/${k} is required`),
    ...Object.entries(record).flatMap(([k, v]) => {
      const sub = schema.properties?.[k] ?? schema.additionalProperties;
      return sub ? violations(sub, v, `${at}/${k}`) : [];
    }),
  ];
}

/** Where a body breaks one of the document's schemas (`PublicCampaign`, `Error`); empty when it matches. */
export const againstSpec = (schema: string, body: unknown): string[] => violations({ $ref: `#/components/schemas/${schema}` }, body);

/** A recorded response beside this file, by its name. */
export const recordedResponse = (name: string): unknown => JSON.parse(readFileSync(new URL(`recorded/${name}`, import.meta.url), 'utf8'));
