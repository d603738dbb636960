import * as z from 'zod/mini';
import { PlanSchema, CURRENT_SCHEMA_VERSION } from '../packages/core/src/plan/schema.js';
import { IsoDate, IsoDateTime, Name, SafeUrl } from '../packages/core/src/plan/primitives.js';

/**
 * The plan schema as JSON Schema (draft 2020-12) text. Checks that JSON Schema cannot state
 * (real calendar dates, references between records) are left to `parsePlan`.
 */
export function planJsonSchemaText(): string {
  const schema = z.toJSONSchema(PlanSchema, {
    target: 'draft-2020-12',
    // Our date and link checks are refinements; state what they mean in JSON Schema terms.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === IsoDate) jsonSchema.format = 'date';
      else if (zodSchema === IsoDateTime) jsonSchema.format = 'date-time';
      // JSON Schema patterns have no case-insensitive flag; parsePlan accepts HTTPS:// and MAILTO: too.
      else if (zodSchema === SafeUrl) jsonSchema.pattern = '^([hH][tT][tT][pP][sS]://|[mM][aA][iI][lL][tT][oO]:)\\S+$';
      else if (zodSchema === Name) jsonSchema.pattern = '\\S';
    },
  });
  const document = {
    $schema: schema.$schema,
    $id: `urn:preflight:schema:plan:v${CURRENT_SCHEMA_VERSION}`,
    title: 'Preflight campaign plan',
    description: `A Preflight campaign plan, schema version ${CURRENT_SCHEMA_VERSION}. Dates are YYYY-MM-DD; instants are ISO 8601 with a time zone.`,
    ...schema,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
